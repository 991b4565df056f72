// Source: emerleite/node-database-cleaner — test/postgresql.test.js (the 'pg empty' suite's beforeEach), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the query callback throws any error other than "database exists" before it calls `done()`, so that client is never released
var pg = require("pg");

var connectionString = "postgres://postgres@localhost/postgres";
var _done;

describe("pg empty", function () {
  beforeEach(function (done) {
    _done = done;
    pg.connect(connectionString, function (err, client, done) {
      if (err) {
        return console.error("could not connect to postgresql", err);
      }
      client.query("CREATE DATABASE database_cleaner", function (err) {
        if (err && err.code != "42P04") {
          throw err;
        }
        done();
        _done();
      });
    });
  });
});
