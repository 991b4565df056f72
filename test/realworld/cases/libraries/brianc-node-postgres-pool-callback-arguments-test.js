// Source: brianc/node-postgres — packages/pg/test/integration/client/api-tests.js ('pool callback behavior'), reduced by hand, not copied
// Label: safe
// Why: the connect callback declares only `err` but releases through `arguments[2]()` (pg passes `(err, client, release)` whatever the callback declares)
const assert = require("assert");
const pg = require("pg");
const helper = require("./test-helper");

const suite = new helper.Suite();

suite.test("pool callback behavior", (done) => {
  const pool = new pg.Pool();
  pool.connect(function (err) {
    assert(!err);
    arguments[1].emit("drain");
    arguments[2]();
    pool.end(done);
  });
});
