// Source: Ahmad-Zeid/client-requests-dashboard — server/src/db/migrate.ts at c891be8 (migrate), reduced by hand, not copied
// Label: safe
// Why: each pending migration file is read before its own checkout; begin, the file's SQL, the bookkeeping INSERT and commit run inside the try, rollback and rethrow in the catch, release in the finally of every iteration
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { pool } from "./pool";

const DIR = join(process.cwd(), "migrations");

export async function migrate(): Promise<void> {
  await pool.query("create table if not exists schema_migrations (name text primary key)");
  const { rows } = await pool.query<{ name: string }>("select name from schema_migrations");
  const done = new Set(rows.map((r) => r.name));
  const pending = (await readdir(DIR)).filter((f) => f.endsWith(".sql") && !done.has(f)).sort();
  if (pending.length === 0) return;

  for (const file of pending) {
    const sql = await readFile(join(DIR, file), "utf8");
    const client = await pool.connect();
    try {
      await client.query("begin");
      await client.query(sql);
      await client.query("insert into schema_migrations (name) values ($1)", [file]);
      await client.query("commit");
    } catch (error) {
      await client.query("rollback");
      console.error("migration failed", file);
      throw error;
    } finally {
      client.release();
    }
  }
}
