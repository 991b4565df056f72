// Source: shklein/kleinbrary — server/routes/books.js (DELETE /delete/:id), reduced by hand, not copied
// Label: safe
// Why: legacy `pg.connect(conString, cb)`: `done()` is the first statement of the query callback; on a connect error no client was checked out (the unguarded `client.query` then throws on undefined, but nothing is held)
var express = require("express");
var router = express.Router();
var pg = require("pg");
var connectionString = "postgres://localhost:5432/library";

router.delete("/delete/:id", function (req, res) {
  var id = req.params.id;
  pg.connect(connectionString, function (err, client, done) {
    if (err) {
      console.log("connection err");
      res.sendStatus(500);
    }
    client.query("DELETE FROM books WHERE id = $1", [id], function (err, result) {
      done();
      if (err) {
        res.sendStatus(500);
        return;
      }
      res.sendStatus(204);
    });
  });
});

module.exports = router;
