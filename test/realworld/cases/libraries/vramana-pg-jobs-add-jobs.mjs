// Source: vramana/pg-jobs — index.mjs (addJobs), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the schema query and the insert loop are awaited with no try; any failure skips the release at the end
import pg from "pg";

export async function addJobs(pool) {
  const client = await pool.connect();
  await client.query("CREATE TABLE IF NOT EXISTS jobs (id serial, data text)");
  for (let i = 0; i < 10; i++) {
    await client.query("INSERT INTO jobs (data) VALUES ($1)", [Math.random().toString()]);
  }
  client.release();
}

export const pool = new pg.Pool();
