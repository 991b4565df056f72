// Source: lourenzo/postgres-bluebird — README.md at 72040ab (usage, 2014-12, pg ^3.3.0 under bluebird 2's promisifyAll), reduced by hand, not copied
// Label: safe
// Why: the package's README: bluebird 2 resolves `pg.connectAsync` with `[client, done]`, and `.spread` runs the query with `.finally(release)`, so the client goes back whether the query resolves or rejects; a rejected checkout never reaches spread
var pg = require("postgres-bluebird");

pg.connectAsync(process.env.DATABASE_URL).spread(function (connection, release) {
  return connection
    .queryAsync("SELECT now()")
    .then(function (result) {
      console.log("rows", result.rows);
    })
    .finally(function () {
      release();
    });
});
