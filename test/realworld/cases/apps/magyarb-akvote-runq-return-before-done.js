// Source: magyarb/akvote — postgres.js (runq), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the query callback's `return (null)` on an error skips `done()`, and the caller's callback is never called either
var pg = require("pg");

var pool = new pg.Pool({ user: "app", database: "votes", max: 10, idleTimeoutMillis: 30000 });

var runq = function runq(querystring, params, cb) {
  var res = null;
  pool.connect(function (err, client, done) {
    if (err) {
      console.log(err);
    }
    client.query(querystring, params, function (err, result) {
      if (err) {
        console.log(err);
        return null;
      }
      res = result;
      done();
      cb(res);
    });
  });
};

module.exports = runq;
