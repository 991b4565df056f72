// Source: https://eslint.interlace.tools/docs/pg/rules/prevent-double-release (eslint-plugin-pg's "Incorrect" pattern "Catch + Finally"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: when the query fails the catch releases and rethrows, then the finally releases the same client again: pg throws "Release called on client which has already been released to the pool", replacing the query's error
import { Pool } from "pg";

const pool = new Pool();

export async function query() {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } catch (e) {
    client.release();
    throw e;
  } finally {
    client.release();
  }
}
