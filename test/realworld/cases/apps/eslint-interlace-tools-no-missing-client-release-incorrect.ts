// Source: https://eslint.interlace.tools/docs/pg/rules/no-missing-client-release (eslint-plugin-pg's "Incorrect" example), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the checked-out client runs one query and the function ends: no release on any path
import { Pool } from "pg";

const pool = new Pool();

export async function query() {
  const client = await pool.connect();
  await client.query("SELECT 1");
}
