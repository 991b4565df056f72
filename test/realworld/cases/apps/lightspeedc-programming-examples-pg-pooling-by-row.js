// Source: LightSpeedC/programming-examples — node/db/postgresql-ex/ex01-async/ex01c-pg-client-pooling-by-row.js at d7bd60a (pg ^4.5.6), reduced by hand, not copied
// Label: safe
// Why: the query runs as an event emitter with no callback; both its 'error' and its 'end' events call end(), which calls done() (pg 4 emits 'error' without 'end' for a failed query, so the 'error' listener is what gives a failed query's client back)
var pg = require("pg");

var conString = "postgres://" + process.env.PGUSER + ":" + process.env.PGPASSWORD + "@localhost/postgres";

pg.connect(conString, function (err, client, done) {
  if (err) return console.error("error fetching client from pool", err);

  var query = client.query("SELECT $1::int AS num", ["1"]);
  query.on("row", function (row) {
    console.log(row);
  });
  query.on("error", function (err) {
    console.error("error running query", err);
    end();
  });
  query.on("end", end);

  function end() {
    done();
    pg.end();
  }
});
