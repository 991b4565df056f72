// Source: emerleite/node-database-cleaner — test/postgresql.test.js (describe('pg') afterEach), reduced by hand, not copied
// Label: safe
// Why: `async.parallel` starts every task at once, so the releasing task always runs (even while the DROP queries are still queued on the client, which pg lets finish on the released connection); unlike a later task of `async.series`, no failing task can skip it
"use strict";

const pg = require("pg");
const async = require("async");

const connectionString = "postgres://postgres@localhost/database_cleaner";

const run = (client, text) => (next) => client.query(text, [], next);

afterEach(function (done) {
  pg.connect(connectionString, function (err, client, release) {
    if (err) return done(err);

    async.parallel(
      [
        run(client, "DROP SCHEMA other_schema CASCADE"),
        run(client, "DROP TABLE test1 CASCADE"),
        function (next) {
          release();
          next();
        },
      ],
      done,
    );
  });
});
