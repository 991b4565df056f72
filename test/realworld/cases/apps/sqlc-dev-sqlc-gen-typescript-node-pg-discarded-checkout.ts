// Source: sqlc-dev/sqlc-gen-typescript — examples/node-pg/src/main.ts (main), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the generator's example names its Pool `client` and awaits `client.connect()` for nothing: the checked-out client is dropped, never released, and holds a connection (and the process) while every query goes through the pool
import { Pool } from "pg";
import { createAuthor, getAuthor, listAuthors } from "./db/query_sql";

async function main() {
  const client = new Pool({ connectionString: process.env["DATABASE_URL"] });
  await client.connect();

  const author = await createAuthor(client, { name: "Seal", bio: "Kissed from a rose" });
  if (author === null) {
    throw new Error("author not created");
  }
  console.log(await listAuthors(client));
  const seal = await getAuthor(client, { id: author.id });
  if (seal === null) {
    throw new Error("seal not found");
  }
  console.log(seal);
}

(async () => {
  try {
    await main();
    process.exit(0);
  } catch (e) {
    console.error(e);
    process.exit(1);
  }
})();
