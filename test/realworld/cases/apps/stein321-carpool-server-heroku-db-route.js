// Source: stein321/Carpool-Server — index.js (the `/db` route pasted from Heroku's "Getting Started with Node.js" Postgres step), reduced by hand, not copied
// Label: safe
// Why: legacy `pg.connect(url, cb)`: the query callback calls `done()` before it looks at the error, so the client goes back whether the query failed or not
var express = require("express");
var pg = require("pg");
var app = express();

app.get("/db", function (request, response) {
  pg.connect(process.env.DATABASE_URL, function (err, client, done) {
    client.query("SELECT * FROM test_table", function (err, result) {
      done();
      if (err) {
        console.error(err);
        response.send("Error " + err);
      } else {
        response.send(result.rows);
      }
    });
  });
});

app.listen(process.env.PORT || 5000);
