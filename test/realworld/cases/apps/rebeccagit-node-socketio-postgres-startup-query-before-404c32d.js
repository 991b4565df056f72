// Source: rebeccagit/node-socketio-postgres — index.js at 404c32d^ (the start-up pg.connect, before "going back to pg only."), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the legacy pool's callback receives `done` and returns without calling it (its query is commented out), so the start-up checkout is never given back
var pg = require("pg");
var express = require("express");

var app = express();
var http = require("http").Server(app);

var connection = process.env.DATABASE_URL || "postgres://localhost:5432/todo";

pg.connect(connection, function (err, client, done) {
  if (err) {
    return console.error("error fetching client from pool", err);
  }
  // var query = client.query('SELECT review FROM moviereview');
});

http.listen(app.get("port"), function () {
  console.log("Node app is running on port", app.get("port"));
});
