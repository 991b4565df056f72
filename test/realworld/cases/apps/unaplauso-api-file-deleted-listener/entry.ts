// Source: unaplauso/api — apps/file/src/main.ts at f48c461 (bootstrapService callback), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the NestJS file service takes the shared drizzle instance (its `Database` type spells `$client: Pool`, the pool drizzle was built on in DatabaseModule) and checks a client out of `db.$client` to LISTEN for deleted files; the client is kept only by its notification handler and never released, and a rejected LISTEN leaves the checkout with nothing referencing it
import { DATABASE_CONNECTION, type Database } from "./database";
import { bootstrapService } from "@unaplauso/services";
import { FileModule } from "./file.module";
import { FileService } from "./file.service";

bootstrapService(FileModule, async (app) => {
  const fileService = app.get(FileService);
  const db: Database = app.get(DATABASE_CONNECTION);

  const client = await db.$client.connect();
  await client.query("LISTEN file_deleted");
  client.on(
    "notification",
    async (v) => v.channel === "file_deleted" && v.payload && fileService.deleteFileFromS3(JSON.parse(v.payload)),
  );
});
