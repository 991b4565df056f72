// Source: rikx/icom5047 — Web/sea_server/routes/users.js (GET /cuestionarios/open/:id), reduced by hand, not copied
// Label: safe
// Why: three queries are queued on the client at once; the last one's callback calls done() first, and it runs whatever the earlier ones did
var express = require("express");
var router = express.Router();

router.get("/cuestionarios/open/:id", function (req, res, next) {
  var surveyId = req.params.id;
  var locations;
  var answers;
  var db = req.db;
  db.connect(req.conString, function (err, client, done) {
    if (err) {
      return console.error("error fetching client from pool", err);
    }
    var locationsQuery =
      req.session.user_type == "agent"
        ? { text: "SELECT location_id, name FROM location WHERE agent_id = $1", values: [req.session.user_id] }
        : { text: "SELECT location_id, name FROM location" };

    client.query(locationsQuery, function (err, result) {
      if (err) {
        return console.error("error running query", err);
      } else {
        locations = result.rows;
      }
    });
    client.query("SELECT option_id, label FROM option WHERE flowchart_id = $1", [surveyId], function (err, result) {
      if (err) {
        return console.error("error running query", err);
      } else {
        answers = result.rows;
      }
    });
    client.query("SELECT item_id, label FROM item WHERE flowchart_id = $1", [surveyId], function (err, result) {
      done();
      if (err) {
        return console.error("error running query", err);
      } else if (result.rowCount < 1) {
        res.redirect("/users");
      } else {
        res.render("cuestionario_open", { flowchart: result.rows, locations: locations, options: answers });
      }
    });
  });
});

module.exports = router;
