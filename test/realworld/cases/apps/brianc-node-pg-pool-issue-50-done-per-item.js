// Source: https://github.com/brianc/node-pg-pool/issues/50 (the reporter's async.each example, "Prevent reuse of released client instances"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: done() sits in the per-item callback, so the first finished item gives the client back while the other items still query it, and each later item releases it again
var async = require("async");
var { Pool } = require("pg");

var pool = new Pool();

pool.connect(function (err, client, done) {
  if (err) {
    return console.error("error fetching client from pool", err);
  }
  function execute(input, cb) {
    client.query("SELECT $1::int AS number", [input], function (err, result) {
      process.nextTick(function () {
        return cb(err, result);
      });
    });
  }

  async.each([1, 2, 3], function (i, cb) {
    execute(i, function (err) {
      if (err) console.error("Oh noes: %s", err);
      done();
    });
  });
});
