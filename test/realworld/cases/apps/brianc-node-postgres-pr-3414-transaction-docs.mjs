// Source: brianc/node-postgres — docs/pages/features/transactions.mdx at dcb42578 (the example as PR #3414 "docs: fix bug in transaction example" changed it, reverted in a9fd34fb), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the release moved out of the finally into the try and the catch; when the catch's ROLLBACK rejects (a broken connection), no release runs (the PR's premise that a throw in the catch skips the finally is wrong)
import pg from "pg";
const { Pool } = pg;
const pool = new Pool();

const client = await pool.connect();

try {
  await client.query("BEGIN");
  const res = await client.query("INSERT INTO users(name) VALUES($1) RETURNING id", ["brianc"]);
  await client.query("INSERT INTO photos(user_id, photo_url) VALUES ($1, $2)", [res.rows[0].id, "s3.bucket.foo"]);
  await client.query("COMMIT");
  client.release();
} catch (e) {
  await client.query("ROLLBACK");
  client.release();
  throw e;
}
