// Source: JoshuaPoulin/together — routes/index.js at 27c664b (POST /joinGroup), reduced by hand, not copied
// Label: safe
// Why: joining a meet-up group calls `done()` first thing in the INSERT's callback, before answering or looking at the error; a failed connect returns with no client
var express = require("express");
var router = express.Router();
var pg = require("pg");
var conString = process.env.DATABASE_URL || "postgres://@localhost/together";

router.post("/joinGroup", function (req, res, next) {
  pg.connect(conString, function (err, client, done) {
    if (err) {
      return console.error("error fetching client from pool", err);
    }
    client.query(
      "INSERT INTO attendees(users_id, meetups_id) VALUES($1, $2) returning id",
      [req.body.user.id, req.body.meetup],
      function (err, result) {
        done();
        res.status(200).json(result);
        if (err) {
          return console.error("error running query", err);
        }
      }
    );
  });
});

module.exports = router;
