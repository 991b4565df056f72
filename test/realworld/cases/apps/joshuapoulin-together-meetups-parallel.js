// Source: JoshuaPoulin/together — routes/index.js at 27c664b (GET /meetups), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the meet-ups and attendees queries run in async.parallel on one legacy `pg.connect` client and `done()` is called only in the final callback; a failed query's callback reads `result.rows` of undefined and throws inside pg's callback, so the final callback never runs (and a failed connect goes on to `client.query` on undefined)
var express = require("express");
var router = express.Router();
var pg = require("pg");
var async = require("async");
var conString = process.env.DATABASE_URL || "postgres://@localhost/together";

router.get("/meetups", function (req, res, next) {
  pg.connect(conString, function (err, client, done) {
    if (err) {
      console.log("error fetching client from pool", err);
    }
    async.parallel(
      [
        function (cb) {
          client.query("SELECT * FROM meetups", function (err, result) {
            if (err) {
              console.log("error performing query", err);
            }
            cb(err, result.rows);
          });
        },
        function (cb) {
          client.query("SELECT * FROM attendees", function (err, result) {
            cb(err, result.rows);
          });
        },
      ],
      function (err, result) {
        done();
        if (err) {
          console.log("error performing query", err);
        }
        res.json(result);
      }
    );
  });
});

module.exports = router;
