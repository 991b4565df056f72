// Source: https://eslint.interlace.tools/docs/pg/rules/no-missing-client-release (eslint-plugin-pg's "Correct" example), reduced by hand, not copied
// Label: safe
// Why: the query runs in a try whose finally releases the client
import { Pool } from "pg";

const pool = new Pool();

export async function query() {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
}
