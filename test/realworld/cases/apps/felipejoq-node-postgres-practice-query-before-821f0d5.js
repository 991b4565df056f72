// Source: felipejoq/node-postgres-practice — src/database/db.js at 821f0d5^ (query), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `client` is a new Pool; `await client.connect()` checks a client out and drops it, the transaction's statements then go through the pool, and `client.end()` in the finally cannot finish while that checkout is held: every call leaves one connection (and a pool) behind
import pg from "pg";

export const query = async (text, params, callback) => {
  const client = new pg.Pool();
  await client.connect();
  try {
    client.query("BEGIN");
    const res = client.query(text, params, callback);
    await client.query("COMMIT");
    return res;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.end();
  }
};
