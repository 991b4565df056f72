// Source: https://github.com/brianc/node-postgres/issues/739 ("Unpredictable connections closing": the reporter's snippet), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: `done()` gives the client back to the pool and `client.end()` then closes that same client under the pool, which may already have handed it to another caller
var pg = require("pg");
var config = { database: "test" };

pg.connect(config, function (err, client, done) {
  if (!err) {
    done();
    client.end();
  }
});
