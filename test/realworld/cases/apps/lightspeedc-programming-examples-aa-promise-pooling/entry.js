// Source: LightSpeedC/programming-examples — node/db/postgresql-ex/ex03-aa-promise/ex03a-pg-client-pooling.js at d7bd60a (pg ^4.5.6), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: an aa (co-style) generator yields the promised checkout of ./pg-promise-light and calls `client.done()` only after the query succeeds; a failing query lands in the catch, which returns without done(), so the client stays checked out (and pg.end() is never reached)
var aa = require("aa");
var pg = require("./pg-promise-light");

var conString = "postgres://" + process.env.PGUSER + ":" + process.env.PGPASSWORD + "@localhost/postgres";

aa(function* () {
  try {
    var client = yield pg.connect(conString);
  } catch (err) {
    return console.error("error fetching client from pool", err);
  }

  try {
    var result = yield client.query("SELECT $1::int AS num", ["1"]);
    client.done();
  } catch (err) {
    return console.error("error running query", err);
  }

  console.log(result.rows[0].num);
  pg.end();
}).catch(function (err) {
  console.error(err.stack);
  throw err;
});
