// Source: Assembly-OS/backend — scripts/schema-diff.mjs (the script's top level), reduced by hand, not copied
// Label: safe
// Why: a schema-diff script's dedicated `pg.Client`, not a pool checkout; a failing information_schema query throws past `client.end()` with no try, and the rejected top-level await ends the script
import pg from "pg";
import { DatabaseSync } from "node:sqlite";

const SQLITE = process.argv[2];
const TARGET = process.env.DATABASE_URL;

const source = new DatabaseSync(SQLITE, { readOnly: true });
const client = new pg.Client({ connectionString: TARGET });
await client.connect();

const tables = source
  .prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")
  .all()
  .map((r) => r.name);

const missing = [];
for (const table of tables) {
  const ours = (
    await client.query(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
      [table],
    )
  ).rows.map((r) => r.column_name);
  if (ours.length === 0) continue;
  for (const col of source.prepare(`PRAGMA table_info(${table})`).all()) {
    if (!ours.includes(col.name)) missing.push({ table, column: col.name });
  }
}

await client.end();
source.close();

if (missing.length === 0) {
  console.log("no drift");
  process.exit(0);
}
console.log(missing);
