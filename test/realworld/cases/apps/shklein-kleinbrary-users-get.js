// Source: shklein/kleinbrary — server/routes/users.js at e33f6a3 (GET /, 2016-08, pg ^6.0.3), reduced by hand, not copied
// Label: safe
// Why: done() is the query callback's first statement; a failed query then throws on `result.rows` with the client already back, and a connect error answers 500 without returning but has no client to keep (the query on it throws)
var express = require("express");
var router = express.Router();
var pg = require("pg");
var connectionString = "postgres://localhost:5432/kleinbrary";

router.get("/", function (req, res) {
  pg.connect(connectionString, function (err, client, done) {
    if (err) {
      res.sendStatus(500);
    }

    client.query("SELECT * FROM users", function (err, result) {
      done();

      console.log(result.rows);

      res.send(result.rows);
    });
  });
});

module.exports = router;
