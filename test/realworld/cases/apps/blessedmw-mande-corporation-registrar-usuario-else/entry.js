// Source: BlessedMW/Mande-Corporation-2023 — backend_express/routes/registrarUsuario.js (POST /), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the route checks a client out through the project's `connect(cb)` wrapper of a pg-pool; only the "continuar" branch calls done(), the else branch renders the start page and keeps the client
var express = require("express");
var router = express.Router();

const connect = require("./db_pool_connect");

router.post("/", function (req, res, next) {
  connect(function (err, client, done) {
    if (err) {
      return console.error("error fetching client from pool", err);
    }
    console.log(req.body);
    if (req.body.boton == "continuar") {
      client.query("INSERT INTO Cliente VALUES ($1, $2, $3)", [req.body.celular, req.body.nombre, req.body.apellido], function (err, result) {
        done(err);
        if (err) {
          return console.error("error running query", err);
        }
        res.render("registrarUsuario2", { cel: req.body.celular });
      });
    } else {
      res.render("start", { title: "Express" });
    }
  });
});

module.exports = router;
