// Source: saltcorn/saltcorn — packages/saltcorn-data/models/table.ts (dump_table_to_json_file), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: on PostgreSQL the client from `db.pools_connections ? await db.getClient() : db` is released only after `await db.copyToJson(...)`; a failed COPY or write stream rejects past the release
import db from "./db";
import { createWriteStream } from "node:fs";
import { open } from "node:fs/promises";

export async function dump_table_to_json_file(filePath: string, tableName: string): Promise<void> {
  const writeStream = createWriteStream(filePath);
  const client = db.pools_connections ? await db.getClient() : db;
  writeStream.write("[");
  db.copyToJson && (await db.copyToJson(writeStream, tableName, client));
  if (db.pools_connections) await (client as any).release(true);
  writeStream.destroy();
  const h = await open(filePath, "r+");
  const stat = await h.stat();
  if (stat.size > 2) await h.write("]", stat.size - 2);
  else await h.write("]", stat.size);
  await h.close();
}
