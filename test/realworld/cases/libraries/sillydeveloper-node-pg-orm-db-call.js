// Source: sillydeveloper/node-pg-orm — libs/base.js (dbCall), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `done` is never called: a failed query returns after logging, and on success `client.end()` closes the pooled connection without giving its slot back
var pg = require("pg");
var Q = require("q");

var connectionString = process.env.DATABASE_URL;

function dbCall(stmnt, values) {
  var defer = Q.defer();
  pg.connect(connectionString, function (err, client, done) {
    if (err) {
      return console.error("Error fetching client from pool", err);
    }
    client.query(stmnt, values, function (err, result) {
      if (err) {
        return console.error("Error running query", err);
      }
      client.end();
      defer.resolve(result);
    });
  });
  return defer.promise;
}

module.exports = { dbCall };
