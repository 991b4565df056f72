// Source: rikx/icom5047 — Web/sea_server/routes/users.js at 69dd768 (GET /cuestionarios/flow/:id, pg 4.3 through `req.db = pg`), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the route checks no login: with a session whose user_type is neither admin, specialist nor agent, `query_config` stays undefined and pg 4's `client.query(undefined, cb)` throws on `config.submit` inside the checkout callback, before the second query whose callback calls done()
var express = require("express");
var router = express.Router();

router.get("/cuestionarios/flow/:id", function (req, res, next) {
  var surveyId = req.params.id;
  var locations;
  var db = req.db;
  db.connect(req.conString, function (err, client, done) {
    if (err) {
      return console.error("error fetching client from pool", err);
    }
    var queryConfig;
    var userId = req.session.user_id;
    var userType = req.session.user_type;

    if (userType == "admin" || userType == "specialist") {
      queryConfig = { text: "SELECT location_id, name FROM location" };
    } else if (userType == "agent") {
      queryConfig = { text: "SELECT location_id, name FROM location WHERE agent_id = $1", values: [userId] };
    }

    client.query(queryConfig, function (err, result) {
      if (err) {
        return console.error("error running query", err);
      } else {
        locations = result.rows;
      }
    });
    client.query("SELECT flowchart_id, name, first_id, end_id FROM flowchart WHERE flowchart_id = $1", [surveyId], function (err, result) {
      done();
      if (err) {
        return console.error("error running query", err);
      }
      if (result.rowCount < 1) {
        res.redirect("/users");
      } else {
        res.render("cuestionario_flujo", { flowchart: result.rows[0], locations: locations });
      }
    });
  });
});

module.exports = router;
