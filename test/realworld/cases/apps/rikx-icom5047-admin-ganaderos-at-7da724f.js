// Source: rikx/icom5047 — Web/sea_server/routes/users.js at 7da724f (GET /admin/ganaderos, "Removed some unneeded client release functions"), reduced by hand, not copied
// Label: safe
// Why: both queries are queued on the client at once and run in order; only the second callback releases, first thing, so the client goes back once on every path (an error in the first query does not stop the second)
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
      if (err) {
        return console.error("error running query", err);
      } else {
        ganaderos = result.rows;
      }
    });

    client.query("SELECT person_id, location_id FROM ganaderos, location", function (err, result) {
      // call `done()` to release the client back to the pool
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
