// Source: https://github.com/brianc/node-postgres/issues/3287 (AanshKot's jest hooks, "Calling `.end` on a client (or pool) does not wait for connections to close"), reduced by hand, not copied
// Label: hand-over
// Why: beforeEach parks the checkout in the suite's `client` variable after starting a transaction; afterEach rolls it back and releases it (the open handle the thread is about is the socket closing after pool.end(), not a client)
import { Pool, PoolClient } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
let client: PoolClient;

beforeEach(async () => {
  await new Promise((resolve) => setTimeout(resolve, 100));
  client = await pool.connect();
  await client.query("BEGIN");
  await client.query("CREATE TEMP TABLE items (id serial primary key, name text)");
});

afterEach(async () => {
  await client.query("ROLLBACK");
  await client.release();
});

afterAll(async () => {
  await pool.end();
});

