// Source: kdszafranski/prime-simple-factory — server/routes/data.js at 89ec1d2 (GET /, "fixed up get data route to match current pg usage", 2016-08-29, pg ^4.5.1), reduced by hand, not copied
// Label: safe
// Why: the fix passes a callback to the query and calls done() first in it; the `result.rows` of a failed query throws only after the client is back
var express = require("express");
var router = express.Router();
var pg = require("pg");
var connect = require("../modules/connection");

router.get("/", function (req, res) {
  pg.connect(connect, function (err, client, done) {
    client.query("SELECT * FROM people", function (err, result) {
      done();

      if (err) {
        console.log("query error:", err);
      }

      res.send(result.rows);
    });
  });
});

module.exports = router;
