// Source: dmsanchez86/Gestionalo — workspace/Vista/socket/index.js, reduced by hand, not copied
// Label: safe
// Why: the pg README's legacy example: return on a connect error (no client), `done()` first thing in the query callback
var pg = require("pg");
var conString = "postgres://postgres@localhost/app_db";

pg.connect(conString, function (err, client, done) {
  if (err) {
    return console.error("error fetching client from pool", err);
  }
  client.query("SELECT $1::int AS number", ["1"], function (err, result) {
    done();
    if (err) {
      return console.error("error running query", err);
    }
    console.log(result.rows[0].number);
  });
});
