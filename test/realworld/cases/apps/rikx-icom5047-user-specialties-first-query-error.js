// Source: rikx/icom5047 — Web/sea_server/routes/users.js at 69dd768 (PUT /admin/user_specialties, pg 4.3 through `req.db = pg`), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: every later query's callback calls done() (several times over), but a failed first SELECT returns from its callback before any of them is queued, so nothing gives that client back
var express = require("express");
var router = express.Router();

router.put("/admin/user_specialties", function (req, res, next) {
  if (!req.body.hasOwnProperty("specialties") || !req.body.hasOwnProperty("user")) {
    res.statusCode = 400;
    return res.send("Error: Missing fields for put user specialties.");
  } else {
    var db = req.db;
    db.connect(req.conString, function (err, client, done) {
      if (err) {
        return console.error("error fetching client from pool", err);
      }
      client.query("SELECT * FROM users_specialization WHERE user_id = $1", [req.body.user], function (err, result) {
        if (err) {
          return console.error("error running query", err);
        } else {
          if (result.rowCount === 0) {
            for (var i = 0; i < req.body.specialties.length; i++) {
              client.query("INSERT INTO users_specialization (user_id, spec_id) VALUES ($1, $2)", [req.body.user, req.body.specialties[i]], function (err, result) {
                done();
                if (err) {
                  return console.error("error running query", err);
                }
              });
            }
          }
          client.query("SELECT spec_id, name FROM users_specialization NATURAL JOIN specialization WHERE user_id = $1", [req.body.user], function (err, result) {
            done();
            if (err) {
              return console.error("error running query", err);
            } else {
              res.json({ users_specialization: result.rows });
            }
          });
        }
      });
    });
  }
});

module.exports = router;
