// Source: https://dev.to/ofri-peretz/getting-started-with-eslint-plugin-pg-43pj ("Before (Connection Leak)"; the snippet's `return` put in the function it implies), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the checkout is never released: the rows are returned and the client stays out of the pool
import { Pool } from "pg";

const pool = new Pool();

export async function listUsers() {
  const client = await pool.connect();
  const result = await client.query("SELECT * FROM users");
  return result.rows;
  // Missing client.release()!
}
