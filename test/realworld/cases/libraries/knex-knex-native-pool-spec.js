// Source: knex/knex — test/integration2/pool/connection-pool.spec.js ("does not destroy the native pool on knex.destroy()"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a failing query or assertion between connect() and `client.release()` skips the release, and `pool2.end()` then waits on the checkout
const pg = require("pg");
const { expect } = require("chai");
const knex = require("knex");

it("does not destroy the native pool on knex.destroy()", async function () {
  const pool2 = new pg.Pool({ connectionString: process.env.PG_URL });
  const db2 = knex({ client: "pg", connectionPool: pool2 });
  await db2.raw("SELECT 1");
  await db2.destroy();

  const client = await pool2.connect();
  const res = await client.query("SELECT 1 AS alive");
  expect(res.rows[0].alive).to.equal(1);
  client.release();
  await pool2.end();
});
