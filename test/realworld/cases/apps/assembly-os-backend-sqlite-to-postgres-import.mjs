// Source: Assembly-OS/backend — scripts/sqlite-to-postgres.mjs (the script's top level), reduced by hand, not copied
// Label: safe
// Why: the import connects, then runs BEGIN, the copies and COMMIT in a try whose catch rolls back and whose finally ends the client
import pg from "pg";
import { DatabaseSync } from "node:sqlite";

const source = new DatabaseSync(process.argv[2], { readOnly: true });
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });

await client.connect();

try {
  await client.query("BEGIN");
  for (const { name } of source.prepare("SELECT name FROM sqlite_master WHERE type='table'").all()) {
    for (const row of source.prepare(`SELECT * FROM ${name}`).all()) {
      const cols = Object.keys(row);
      await client.query(
        `INSERT INTO ${name} (${cols.join(",")}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(",")})`,
        Object.values(row),
      );
    }
  }
  await client.query("COMMIT");
} catch (error) {
  await client.query("ROLLBACK").catch(() => {});
  console.error(error);
  process.exitCode = 1;
} finally {
  await client.end();
  source.close();
}
