// Source: https://github.com/brianc/node-postgres/issues/740 (the reporter's snippet, "Strange connections closing behaviour"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: done() gives the client back to the pool, then client.end() closes that pooled connection; another checkout can already hold it
var pg = require("pg");

function checkConnection(config, cb) {
  pg.connect(config, function (err, client, done) {
    if (!err) {
      done();
      client.end();
    }
    cb(err);
  });
}

module.exports = { checkConnection };
