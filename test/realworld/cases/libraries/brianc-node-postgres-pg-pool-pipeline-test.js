// Source: brianc/node-postgres — packages/pg-pool/test/index.js ('enables pipeline on clients when configured'), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: test code: `await Promise.all([...three client.query(...)])` (all awaited, nothing dropped) can reject before `client.release()`, which is not in a finally
const expect = require("expect.js");
const Pool = require("pg-pool");

it("enables pipeline on clients when configured", async function () {
  const pool = new Pool({ pipeline: true });
  const client = await pool.connect();
  expect(client.pipeline).to.be(true);
  const [first, second, third] = await Promise.all([
    client.query("SELECT 1 AS num"),
    client.query("SELECT 2 AS num"),
    client.query("SELECT 3 AS num"),
  ]);
  expect([first.rows[0].num, second.rows[0].num, third.rows[0].num]).to.eql([1, 2, 3]);
  client.release();
  return pool.end();
});
