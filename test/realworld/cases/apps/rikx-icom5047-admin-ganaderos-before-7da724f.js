// Source: rikx/icom5047 — Web/sea_server/routes/users.js at 7da724f^ (GET /admin/ganaderos, before "Removed some unneeded client release functions"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: both queued queries' callbacks call done(): the first gives the client back while the second still runs on it, the second releases it again
var express = require("express");
var router = express.Router();

router.get("/admin/ganaderos", function (req, res, next) {
  var ganaderos, locations;
  var db = req.db;
  db.connect(req.conString, function (err, client, done) {
    if (err) {
      return console.error("error fetching client from pool", err);
    }

    client.query("SELECT person_id, first_name FROM person LIMIT 20", function (err, result) {
      done();
      if (err) {
        return console.error("error running query", err);
      } else {
        ganaderos = result.rows;
      }
    });

    client.query("SELECT person_id, location_id FROM ganaderos, location", function (err, result) {
      done();
      if (err) {
        return console.error("error running query", err);
      } else {
        locations = result.rows;
        res.render("manejar_ganaderos", { ganaderos: ganaderos, locations: locations });
      }
    });
  });
});

module.exports = router;
