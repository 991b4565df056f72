// Source: meteor-stream/meteor-postgres — packages/postgres/postgres.js at a422051 (Postgres.addColumn as "closed connections that were left open" left it), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: the fix calls `done()` right after starting the ALTER TABLE, so the client goes back to the pool while its query is still queued on it (the callback runs later, on a client someone else may hold)
pg = Npm.require("pg");
var conString = "postgres://postgres:1234@localhost/postgres";

Postgres = {};

Postgres.addColumn = function (table, tableObj, cb) {
  var inputString = "ALTER TABLE " + table + " ADD COLUMN ";
  for (var key in tableObj) {
    inputString += key + " " + tableObj[key][0] + " ";
  }
  inputString += ";";

  pg.connect(conString, function (err, client, done) {
    if (err) {
      console.log(err);
    }
    client.query(inputString, function (error, results) {
      cb(error, results);
    });
    done();
  });
};
