// Source: rikx/icom5047 — Web/sea_server/routes/users.js (POST /admin/cuestionarios/crear), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: when the survey name already exists the route answers `{exists: true}` and never calls done(); query errors return before it too
var express = require("express");
var router = express.Router();

router.post("/admin/cuestionarios/crear", function (req, res, next) {
  var info = req.body.info;
  var db = req.db;
  db.connect(req.conString, function (err, client, done) {
    if (err) {
      return console.error("error fetching client from pool", err);
    }
    client.query("SELECT name FROM flowchart WHERE name = $1 AND version = $2", [info.flowchart_name, info.flowchart_version], function (err, result) {
      if (err) {
        return console.error("error running query", err);
      }
      if (result.rowCount > 0) {
        res.send({ exists: true });
      } else {
        client.query("INSERT INTO flowchart (name, version) VALUES ($1, $2) RETURNING flowchart_id", [info.flowchart_name, info.flowchart_version], function (err, inserted) {
          if (err) {
            return console.error("error running query", err);
          } else {
            for (var i = 0; i < req.body.items.length; i++) {
              client.query("INSERT INTO item (flowchart_id, label) VALUES ($1, $2)", [inserted.rows[0].flowchart_id, req.body.items[i].name], function (err) {
                if (err) {
                  return console.error("error running query", err);
                }
              });
            }
            done();
            res.send({ redirect: "/users" });
          }
        });
      }
    });
  });
});

module.exports = router;
