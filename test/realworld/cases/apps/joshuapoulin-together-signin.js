// Source: JoshuaPoulin/together — routes/users.js at 27c664b (POST /signin), reduced by hand, not copied
// Label: safe
// Why: the sign-in query's callback calls `done()` before anything else, so the bcrypt comparison that throws on a failed query (reading `result.rows` of undefined) or an unknown email runs with the client already back in the pool
var express = require("express");
var router = express.Router();
var pg = require("pg");
var bcrypt = require("bcrypt");
var conString = process.env.DATABASE_URL || "postgres://@localhost/together";

router.post("/signin", function (req, res, next) {
  pg.connect(conString, function (err, client, done) {
    if (err) {
      return console.error("error fetching client from pool", err);
    }
    client.query("SELECT * FROM users where email = $1", [req.body.user.email], function (err, result) {
      done();
      if (bcrypt.compareSync(req.body.user.password, result.rows[0].password)) {
        res.status(200).json(result);
      } else {
        res.status(404).end();
      }
      if (err) {
        return console.error("error running query", err);
      }
    });
  });
});

module.exports = router;
