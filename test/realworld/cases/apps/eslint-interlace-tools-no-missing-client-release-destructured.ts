// Source: https://eslint.interlace.tools/docs/pg/rules/no-missing-client-release ("Known False Negatives": "Destructured Client", which the plugin says it does not detect), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the checkout is destructured into `query` and `release` and `release()` is never called (the unbound `query` also throws a TypeError, with the client still checked out)
import { Pool } from "pg";

const pool = new Pool();

export async function query() {
  const { query, release } = await pool.connect();
  await query("SELECT 1");
}
