// Source: rebeccagit/node-socketio-postgres — index.js at 404c32d (the start-up pg.connect, "going back to pg only."), reduced by hand, not copied
// Label: safe
// Why: the query callback calls `done()` first thing, on success and on error alike
var pg = require("pg");
var express = require("express");

var app = express();
var http = require("http").Server(app);

var connectionString = process.env.DATABASE_URL;

pg.connect(connectionString, function (err, client, done) {
  client.query("SELECT * FROM moviereview", function (err, result) {
    done();
    if (err) return console.error(err);
    console.log(result.rows);
  });
});

http.listen(app.get("port"), function () {
  console.log("Node app is running on port", app.get("port"));
});
