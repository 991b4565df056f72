// Source: https://github.com/brianc/node-postgres/issues/656 (the reporter's INSERT … SELECT step), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the connect error path calls done(), but the query callback only logs and never calls done()
var pg = require("pg");

function copyRows(connString, sql, log) {
  pg.connect(connString, function (err, client, done) {
    if (err) {
      log.error(err);
      done();
      return;
    }
    log("Created connection into Postgres, running query...");
    client.query(sql, function (queryError, result) {
      log("Query complete");
    });
  });
}

module.exports = { copyRows };
