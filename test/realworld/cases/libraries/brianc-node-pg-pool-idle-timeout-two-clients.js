// Source: brianc/node-pg-pool — test/idle-timeout.js ("times out and removes clients when others are also removed"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: more pool work is awaited (a second checkout in the test) while the first client is held; when it rejects, the first is never released
const co = require("co");
const Pool = require("pg-pool");

it("removes idle clients", co.wrap(function* () {
  const pool = new Pool({ idleTimeoutMillis: 10 });
  const clientA = yield pool.connect();
  yield pool.query("SELECT 1");
  clientA.release();
  return pool.end();
}));
