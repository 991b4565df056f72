// Source: emerleite/node-database-cleaner — test/postgresql.test.js (the 'pg' suite's beforeEach), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the release is the last task of an `async.series`; when any CREATE or INSERT before it fails, series stops and calls `done(err)` without running that task, so the client stays checked out
var pg = require("pg");
var async = require("async");
var _ = require("lodash");

var connectionString = "postgres://postgres@localhost/database_cleaner";

var queryClient = _.curry(function (client, query, values, next) {
  client.query(query, values, next);
});

describe("pg", function () {
  beforeEach(function (done) {
    pg.connect(connectionString, function (err, client, release) {
      if (err) return done(err);

      async.series(
        [
          queryClient(client, "CREATE SCHEMA other_schema", []),
          queryClient(client, "CREATE TABLE test1 (id SERIAL, title VARCHAR(255) NOT NULL, PRIMARY KEY(id));", []),
          queryClient(client, "INSERT INTO test1 (title) VALUES ($1);", ["foo"]),
          function (next) {
            release();
            next();
          },
        ],
        done,
      );
    });
  });
});
