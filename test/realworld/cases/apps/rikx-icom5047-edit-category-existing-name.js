// Source: rikx/icom5047 — Web/sea_server/routes/users.js at 69dd768 (PUT /admin/edit_category/:id, pg 4.3 through `req.db = pg`), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: only the UPDATE's callback calls done(): a failed SELECT returns first, and a name that already exists answers `{ exists: true }` and ends there, keeping the client every time
var express = require("express");
var router = express.Router();

router.put("/admin/edit_category/:id", function (req, res, next) {
  if (!req.body.hasOwnProperty("category_name")) {
    res.statusCode = 400;
    return res.send("Error: Missing fields for put categories.");
  } else {
    var db = req.db;
    db.connect(req.conString, function (err, client, done) {
      if (err) {
        return console.error("error fetching client from pool", err);
      }
      client.query("SELECT * FROM category WHERE name = $1", [req.body.category_name], function (err, result) {
        if (err) {
          return console.error("error running query", err);
        } else {
          if (result.rowCount > 0) {
            res.send({ exists: true });
          } else {
            client.query("UPDATE category SET name = $1 WHERE category_id = $2", [req.body.category_name, req.params.id], function (err, result) {
              done();
              if (err) {
                return console.error("error running query", err);
              } else {
                res.json(true);
              }
            });
          }
        }
      });
    });
  }
});

module.exports = router;
