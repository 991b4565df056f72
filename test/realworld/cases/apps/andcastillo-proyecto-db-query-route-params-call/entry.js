// Source: andcastillo/proyecto_db — backend_express/routes/query.js at f1259a8 (GET /), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the template's query route reads its SQL with `req.params("query")`, but Express's `req.params` is an object: the call throws a TypeError inside the checkout's callback, before `client.query` sets up the callback that calls `done(err)`, so every request leaves its client checked out (the sibling usuario.js routes, which pass a string, are safe; BlessedMW/Mande-Corporation-2023, a student project already in the corpus, is built on this template)
var express = require("express");
var router = express.Router();

const connect = require("./db_pool_connect");

router.get("/", function (req, res, next) {
  connect(function (err, client, done) {
    if (err) {
      return console.error("error fetching client from pool", err);
    }

    client.query(req.params("query"), function (err, result) {
      done(err);

      if (err) {
        return console.error("error running query", err);
      }
      res.send(JSON.stringify(result.rows));
    });
  });
});

module.exports = router;
