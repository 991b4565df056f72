// Source: pawurb/node-postgres-wiki — request-10-times-then-connect-abort.md at 16f5a7d (a user's question posted as a wiki page: "when i request 10 times, the pg connect is no response"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the route ends the checked-out client with `client.end()` and never calls `done()`: the pool still counts it as checked out, so the tenth request waits for ever (pg's default pool size is 10)
var express = require("express");
var pg = require("pg");

var router = express.Router();
var constr = "postgres://localhost/app";

router.get("/", function (req, res, next) {
  pg.connect(constr, function (err, client, done) {
    if (err) {
      console.log(err);
      res.send({ status: err });
      return;
    }
    res.send({ status: "ok" });
    client.end();
  });
});

module.exports = router;
