// Source: kdszafranski/prime-simple-factory — server/routes/data.js at 082d63d (GET /, before 89ec1d2 "fixed up get data route to match current pg usage", pg ^4.5.1), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the row-streaming query has no callback and no 'error' listener: a failing SELECT emits 'error' (unheard, so thrown) and never 'end', the only place done() is called
var express = require("express");
var router = express.Router();
var pg = require("pg");
var connect = require("../modules/connection");

router.get("/", function (req, res) {
  var results = [];

  pg.connect(connect, function (err, client, done) {
    var query = client.query("SELECT * FROM people");

    query.on("row", function (row) {
      results.push(row);
    });

    query.on("end", function () {
      done();
      res.json(results);
    });

    if (err) {
      console.log(err);
    }
  });
});

module.exports = router;
