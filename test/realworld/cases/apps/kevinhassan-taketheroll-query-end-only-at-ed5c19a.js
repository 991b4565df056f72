// Source: kevinhassan/taketheroll — config/database.js at ed5c19a (query, 2016-05-10, pg ^4.5.5), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the shared query helper streams rows and calls done() only on the query's 'end' event; pg 4 emits 'error' and no 'end' for a failed query, and no 'error' listener is attached, so every failing SQL statement keeps its client (and the unhandled 'error' event is thrown)
var query = function (sql, callback) {
  var pg = require("pg");
  var connectionString = "postgres://" + process.env.DB_USER + ":" + process.env.DB_PASS + "@" + process.env.DB_HOST + "/" + process.env.DB_NAME;
  var results = [];

  pg.connect(connectionString, function (err, client, done) {
    if (err) {
      done();
      callback(null, { status: 500, success: false, data: err });
      return;
    }
    var query = client.query(sql);
    query.on("row", function (row) {
      results.push(row);
    });
    query.on("end", function () {
      done();
      callback(results, null);
    });
  });
};

exports.query = query;
