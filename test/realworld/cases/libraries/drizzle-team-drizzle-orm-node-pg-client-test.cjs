// Source: drizzle-team/drizzle-orm — integration-tests/js-tests/driver-init/commonjs/node-pg.test.cjs ('drizzle(client)' test), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: test code awaits a query between `pool.connect()` and `client.release()`, with no finally; a failing query leaves the client checked out
const { Pool, Client } = require("pg");
const { drizzle } = require("drizzle-orm/node-postgres");
const { expect, it } = require("vitest");

it("drizzle(client)", async () => {
  const pool = new Pool({ connectionString: process.env.PG_CONNECTION_STRING });
  const client = await pool.connect();
  const db = drizzle(client);
  await db.$client.query("SELECT 1;");
  client.release();
  expect(db.$client).toBeInstanceOf(Client);
});
