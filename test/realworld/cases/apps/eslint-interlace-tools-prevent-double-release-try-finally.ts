// Source: https://eslint.interlace.tools/docs/pg/rules/prevent-double-release (eslint-plugin-pg's "Incorrect" pattern "Try + Finally"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: the try releases the client and the finally releases it again on every path: pg throws "Release called on client which has already been released to the pool"
import { Pool } from "pg";

const pool = new Pool();

export async function query() {
  const client = await pool.connect();
  try {
    client.release();
  } finally {
    client.release();
  }
}
