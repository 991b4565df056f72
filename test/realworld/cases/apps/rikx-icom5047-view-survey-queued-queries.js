// Source: rikx/icom5047 — Web/sea_server/routes/users.js at 69dd768 (GET /admin/cuestionarios/ver/:id, pg 4.3 through `req.db = pg`), reduced by hand, not copied
// Label: safe
// Why: three queries are queued on the client at once; the first two only `return` from their own callbacks on error, and pg runs the third whatever they did, whose callback calls done() first; the connect error returns with no client
var express = require("express");
var router = express.Router();

router.get("/admin/cuestionarios/ver/:id", function (req, res, next) {
  var username = req.session.username;
  if (!username) {
    res.redirect("/");
  } else if (req.session.user_type != "admin") {
    res.redirect("/");
  } else {
    var flowchartId = req.params.id;
    var flowchart, items;
    var db = req.db;
    db.connect(req.conString, function (err, client, done) {
      if (err) {
        return console.error("error fetching client from pool", err);
      }
      client.query("SELECT * FROM flowchart WHERE flowchart_id = $1", [flowchartId], function (err, result) {
        if (err) {
          return console.error("error running query", err);
        }
        flowchart = result.rows[0];
      });
      client.query("SELECT item_id, state FROM item WHERE flowchart_id = $1", [flowchartId], function (err, result) {
        if (err) {
          return console.error("error running query", err);
        }
        items = result.rows;
      });
      client.query("SELECT parent_id, next_id, label FROM option WHERE flowchart_id = $1", [flowchartId], function (err, result) {
        done();
        if (err) {
          return console.error("error running query", err);
        }
        res.json({ flowchart: flowchart, items: items, connections: result.rows });
      });
    });
  }
});

module.exports = router;
