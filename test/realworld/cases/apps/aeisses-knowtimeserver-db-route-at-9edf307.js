// Source: aeisses/KNOWtimeServer — index.js at 9edf307 (GET /db, 2014-10-19, pg 2.x), reduced by hand, not copied
// Label: safe
// Why: Heroku's getting-started route grown into a route loader: done() is the query callback's first statement, before the rows are turned into Route objects (whose constructor may throw with nothing held)
var express = require("express");
var app = express();
var pg = require("pg");

app.get("/db", function (request, response) {
  pg.connect(process.env.DATABASE_URL, function (err, client, done) {
    client.query("SELECT * FROM routes", function (err, result) {
      done();
      if (err) {
        console.error(err);
        response.send("Error " + err);
      } else {
        var rows = result.rows;
        for (var i in rows) {
          var Route = require("./route.js");
          var row = rows[i];
          new Route(row.id, row.short_name, row.long_name, row.type);
        }
      }
    });
  });
});

app.listen(process.env.PORT || 5000);
