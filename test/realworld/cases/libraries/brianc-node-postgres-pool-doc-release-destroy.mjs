// Source: brianc/node-postgres — docs/pages/apis/pool.mdx at c9e57617 ("releasing clients": the example that destroys the client with `release(true)`), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `await client.query('SELECT NOW()')` sits between the checkout and `client.release(true)` with no try/finally: a failed query keeps the client checked out
import assert from "node:assert";
import { Pool } from "pg";

const pool = new Pool();
assert(pool.totalCount === 0);
assert(pool.idleCount === 0);

const client = await pool.connect();
await client.query("SELECT NOW()");
assert(pool.totalCount === 1);
assert(pool.idleCount === 0);

await client.release(true);
assert(pool.idleCount === 0);
assert(pool.totalCount === 0);
