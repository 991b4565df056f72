// Source: emerleite/node-database-cleaner — test/postgresql.test.js (it 'should delete all non skippedTable records in default schema'), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the `async.parallel` callback ignores its error and reads `results[0].rows` and runs assertions before `release()`; a failed SELECT (no result) or a failed assertion throws there and the client is never released
"use strict";

const pg = require("pg");
const async = require("async");
const DatabaseCleaner = require("database-cleaner");

const databaseCleaner = new DatabaseCleaner("postgresql");
const connectionString = "postgres://postgres@localhost/database_cleaner";

const run = (client, text) => (next) => client.query(text, [], next);

it("deletes all rows outside the skipped tables", function (done) {
  pg.connect(connectionString, function (err, client, release) {
    if (err) return done(err);

    databaseCleaner.clean(client, function () {
      async.parallel(
        [run(client, "SELECT * FROM other_schema.test1"), run(client, "SELECT * FROM test1")],
        function (queryErr, results) {
          results[0].rows.length.should.equal(2);
          results[1].rows.length.should.equal(0);

          release();
          done();
        },
      );
    });
  });
});
