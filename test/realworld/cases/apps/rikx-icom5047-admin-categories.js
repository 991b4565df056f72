// Source: rikx/icom5047 — Web/sea_server/routes/users.js (GET /admin/categorias), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: nested callbacks: the first query's error branch `return console.error(…)`s before the nested query that calls done()
var express = require("express");
var router = express.Router();

router.get("/admin/categorias", function (req, res, next) {
  var username = req.session.username;
  if (!username) {
    res.redirect("/");
  } else if (req.session.user_type != "admin") {
    res.redirect("/");
  } else {
    var categories;
    var db = req.db;
    db.connect(req.conString, function (err, client, done) {
      if (err) {
        return console.error("error fetching client from pool", err);
      }
      client.query("SELECT * FROM category ORDER BY name", function (err, result) {
        if (err) {
          return console.error("error running query", err);
        } else {
          categories = result.rows;
          client.query("SELECT * FROM specialization ORDER BY name", function (err, result) {
            done();
            if (err) {
              return console.error("error running query", err);
            } else {
              res.render("manejar_categorias", { categories: categories, specialties: result.rows, username: username });
            }
          });
        }
      });
    });
  }
});

module.exports = router;
