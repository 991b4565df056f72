// Source: ryanj/restify-postGIS — server.js at e2fe573 (the restify route GET /parks), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: pg 2.7's module-level `pg.connect(conString, cb)`: a failed SELECT answers 500, ends the client with `db.end()` and returns without calling `done()`, and pg 2.7's pool never notices an ended client, so the checkout is never given back
var config = require("config"),
  restify = require("restify"),
  pg = require("pg");

var pg_config = config.pg_config,
  table_name = config.table_name;

var app = restify.createServer();

app.get("/parks", function (req, res, next) {
  pg.connect(pg_config + "/" + table_name, function (err, db, done) {
    if (err) {
      res.send(500, { http_status: 500, error_msg: err });
      db.end();
      return console.error("could not connect to postgres", err);
    }
    db.query("SELECT gid, name FROM " + table_name + ";", function (err, result) {
      if (err) {
        res.send(500, { http_status: 500, error_msg: err });
        db.end();
        return console.error("error running query", err);
      }
      res.send(result.rows);
      db.end();
      done();
      return result.rows;
    });
  });
});

app.listen(config.port, config.ip);
