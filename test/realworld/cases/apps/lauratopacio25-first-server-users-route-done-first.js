// Source: LauraTopacio25/first_server — bd.js (GET /users), reduced by hand, not copied
// Label: safe
// Why: a failed checkout goes to next(err) before any client exists; the query callback calls done() first thing, on success and failure alike
var express = require("express");
var pg = require("pg");

var app = express();
var conString = process.env.DATABASE_URL;

app.get("/users", function (req, res, next) {
  pg.connect(conString, function (err, client, done) {
    if (err) {
      return next(err);
    }
    client.query("SELECT name, age FROM users;", [], function (err, result) {
      done();
      if (err) {
        return next(err);
      }
      res.json(result.rows);
    });
  });
});
