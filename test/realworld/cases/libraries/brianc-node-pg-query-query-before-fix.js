// Source: brianc/node-pg-query — index.js at adbe76e^ (query, before "Destroy client & release on error"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the query callback is wrapped in `ok(cb, …)` (okay): a failing query goes straight to `cb(err)` and skips the handler whose first statement is done()
var pg = require("pg");
var ok = require("okay");

var query = (module.exports = function (text, values, cb) {
  if (typeof values == "function") {
    cb = values;
    values = [];
  }
  pg.connect(
    query.connectionParameters,
    ok(cb, function (client, done) {
      var q = client.query(
        text,
        values,
        ok(cb, function (res) {
          done();
          cb(null, res.rows, res);
        }),
      );
      query.before(q, client);
    }),
  );
});

query.before = function (q, client) {};
