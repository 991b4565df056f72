// Source: https://github.com/brianc/node-postgres/issues/1125 (abenhamdine's answer: where to release a pg-pool client), reduced by hand, not copied
// Label: safe
// Why: done() is the first thing the query callback does, on success and on error alike; the answer does not test errConnect, but a failed connect hands out no client to release
var Pool = require("pg-pool");

var dbPool = new Pool({ user: "adminator", database: "dbname", max: 10, idleTimeoutMillis: 30000 });

function runQuery(sqlQuery, callback) {
  dbPool.connect(function (errConnect, client, done) {
    client.query(sqlQuery, function (err, result) {
      done();
      if (err) return callback(err);
      callback(null, result.rows);
    });
  });
}

module.exports = runQuery;
