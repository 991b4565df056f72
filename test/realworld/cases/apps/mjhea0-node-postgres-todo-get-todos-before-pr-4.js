// Source: mjhea0/node-postgres-todo — server/routes/index.js at 515ef89 (GET /api/v1/todos, the code issue #3 reported and PR #4 fixed), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the checkout's `done` is never called: the 'end' listener calls `client.end()`, which closes the socket but never gives the client back to the pool (issue #3: "It should be calling done() instead of client.end()")
var express = require("express");
var path = require("path");
var pg = require("pg");
var connectionString = require(path.join(__dirname, "..", "..", "config"));

var router = express.Router();

router.get("/api/v1/todos", function (req, res) {
  var results = [];

  pg.connect(connectionString, function (err, client, done) {
    var query = client.query("SELECT * FROM items ORDER BY id ASC;");

    query.on("row", function (row) {
      results.push(row);
    });

    query.on("end", function () {
      client.end();
      return res.json(results);
    });

    if (err) {
      console.log(err);
    }
  });
});

module.exports = router;
