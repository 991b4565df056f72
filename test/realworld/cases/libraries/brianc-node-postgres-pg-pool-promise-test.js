// Source: brianc/node-postgres — packages/pg-pool/test/index.js ('connects, queries, and disconnects', with promises), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: promise-chain style: `client.release()` is only in the query's fulfilment handler; a rejected query (or a failing expect) skips it
const expect = require("expect.js");
const Pool = require("pg-pool");

it("connects, queries, and disconnects", function () {
  const pool = new Pool();
  return pool.connect().then(function (client) {
    return client.query("SELECT $1::text AS name", ["hi"]).then(function (res) {
      expect(res.rows).to.eql([{ name: "hi" }]);
      client.release();
      return pool.end();
    });
  });
});
