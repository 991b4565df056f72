// Source: andcastillo/proyecto_db — backend_express/routes/usuario.js at f1259a8 (GET /), reduced by hand, not copied
// Label: safe
// Why: a university database course's project template checks out through its `connect(callback)` wrapper of pg-pool (the pg-pool README's); a failed checkout returns before any client exists, and the query's callback calls `done(err)` first on both of its paths
var express = require("express");
var router = express.Router();

const connect = require("./db_pool_connect");

router.get("/", function (req, res, next) {
  connect(function (err, client, done) {
    if (err) {
      return console.error("error fetching client from pool", err);
    }

    client.query("SELECT * FROM usuario;", function (err, result) {
      done(err);

      if (err) {
        return console.error("error running query", err);
      }
      res.send(JSON.stringify(result.rows));
    });
  });
});

module.exports = router;
