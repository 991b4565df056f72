// Source: emerleite/node-database-cleaner — test/postgresql.test.js ('should not try to truncate views'), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: each nested callback's `if (err) return done(err)` ends the test without calling `release()`, which only the innermost callback reaches
var pg = require("pg");
var databaseCleaner = require("../lib/database-cleaner")("postgresql");

var connectionString = "postgres://postgres@localhost/database_cleaner";

function queryClient(client, query, values, next) {
  client.query(query, values, next);
}

it("should not try to truncate views", function (done) {
  pg.connect(connectionString, function (err, client, release) {
    if (err) return done(err);

    queryClient(client, "CREATE VIEW public.test1_view AS SELECT id FROM test1;", [], function (err) {
      if (err) return done(err);

      databaseCleaner.clean(client, function (err) {
        if (err) return done(err);

        client.query("SELECT * FROM test1_view", function (err, result) {
          if (err) return done(err);

          queryClient(client, "DROP VIEW test1_view;", [], function (err) {
            if (err) return done(err);
            release();
            done();
          });
        });
      });
    });
  });
});
