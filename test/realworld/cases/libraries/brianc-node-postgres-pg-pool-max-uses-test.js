// Source: brianc/node-postgres — packages/pg-pool/test/max-uses.js ('can create a single client and use it once'), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: co-style generator: `yield client.query(...)` throws into the generator when the query fails, before `client.release()`, which is not in a finally
const co = require("co");
const expect = require("expect.js");
const Pool = require("pg-pool");

it(
  "can create a single client and use it once",
  co.wrap(function* () {
    const pool = new Pool({ maxUses: 2 });
    const client = yield pool.connect();
    const res = yield client.query("SELECT $1::text AS name", ["hi"]);
    expect(res.rows[0].name).to.equal("hi");
    client.release();
    pool.end();
  }),
);
