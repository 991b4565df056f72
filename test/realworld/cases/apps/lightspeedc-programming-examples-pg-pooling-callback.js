// Source: LightSpeedC/programming-examples — node/db/postgresql-ex/ex01-async/ex01a-pg-client-pooling.js at d7bd60a (pg ^4.5.6), reduced by hand, not copied
// Label: safe
// Why: the node-postgres README's pooled example of the pg 4 era: a connect error returns before any client exists, and the query's callback calls done() before looking at its error
var pg = require("pg");

var conString = "postgres://" + process.env.PGUSER + ":" + process.env.PGPASSWORD + "@localhost/postgres";

pg.connect(conString, function (err, client, done) {
  if (err) return console.error("error fetching client from pool", err);

  client.query("SELECT $1::int AS num", ["1"], function (err, result) {
    done();
    if (err) return console.error("error running query", err);

    console.log(result.rows[0].num);
    pg.end();
  });
});
