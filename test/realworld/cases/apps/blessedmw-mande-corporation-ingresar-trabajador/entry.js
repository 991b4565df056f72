// Source: BlessedMW/Mande-Corporation-2023 — backend_express/routes/ingresarTrabajador.js (POST /), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the else branch (any button but "iniciar") renders the start page without done(); in the query callback a failed query throws reading `result.rows` before done(err)
var express = require("express");
var router = express.Router();

const connect = require("./db_pool_connect");

router.post("/", function (req, res, next) {
  connect(function (err, client, done) {
    if (err) {
      return console.error("error fetching client from pool", err);
    }
    if (req.body.boton == "iniciar") {
      client.query("SELECT COUNT(*) FROM Trabajador WHERE celular = $1 AND passwordT = $2", [req.body.numTelefono, req.body.password], function (err, result) {
        if (JSON.parse(JSON.stringify(result.rows))[0].count == "1") {
          res.render("ingresarTrabajador", { celular: req.body.numTelefono });
        } else {
          res.render("loginSocio", { title: "Express" });
        }
        done(err);
        if (err) {
          return console.error("error running query", err);
        }
      });
    } else {
      res.render("start", { title: "Express" });
    }
  });
});

module.exports = router;
