// Source: BlessedMW/Mande-Corporation-2023 — backend_express/routes/configTrabajador.js (POST /), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the route only picks a page to render by the button pressed, yet checks a client out through the project's `connect(cb)` wrapper and never calls done(): every POST keeps one
var express = require("express");
var router = express.Router();

const connect = require("./db_pool_connect");

router.post("/", function (req, res, next) {
  connect(function (err, client, done) {
    if (err) {
      return console.error("error fetching client from pool", err);
    }
    console.log(req.body);
    if (req.body.boton == "cambioP") {
      res.render("trabajadorCambiarContrasena", { celular: req.body.celular });
    } else if (req.body.boton == "cambioL") {
      res.render("trabajadorCambiarServicio", { celular: req.body.celular });
    } else if (req.body.boton == "volver") {
      res.render("trabajador", { celular: req.body.celular });
    }
  });
});

module.exports = router;
