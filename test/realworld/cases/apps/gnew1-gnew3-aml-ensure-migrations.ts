// Source: gnew1/GNEW3 — apps/aml-service/src/db/migrate.ts (ensureMigrations), reduced by hand, not copied
// Label: safe
// Why: a `pool: Pool` parameter; the two migration files run through a helper inside try, rollback and rethrow in catch, release in finally
import { Pool } from "pg";
import fs from "fs";
import path from "path";

export async function ensureMigrations(pool: Pool) {
  const client = await pool.connect();
  try {
    await client.query("begin");
    await runFile(client, "001_init.sql");
    await runFile(client, "002_seed.sql");
    await client.query("commit");
  } catch (e) {
    await client.query("rollback");
    throw e;
  } finally {
    client.release();
  }
}

async function runFile(client: any, name: string) {
  const sql = fs.readFileSync(path.join(__dirname, "migrations", name), "utf-8");
  await client.query(sql);
}
