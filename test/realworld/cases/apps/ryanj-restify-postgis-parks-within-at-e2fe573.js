// Source: ryanj/restify-postGIS — server.js at e2fe573 (the restify route GET /parks/within), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: pg 2.7's module-level `pg.connect(conString, cb)`: when the bounding-box query fails the callback answers 500, calls `db.end()` and returns without `done()`; pg 2.7's pool listens for no 'end', so the slot stays checked out
var config = require("config"),
  restify = require("restify"),
  pg = require("pg");

var pg_config = config.pg_config,
  table_name = config.table_name;

var app = restify.createServer();
app.use(restify.queryParser());

app.get("/parks/within", function (req, res, next) {
  var query = req.query;
  var limit = typeof query.limit !== "undefined" ? query.limit : 40;
  if (!(Number(query.lat1) && Number(query.lon1) && Number(query.lat2) && Number(query.lon2) && Number(limit))) {
    res.send(500, { http_status: 400, error_msg: "this endpoint requires two pair of lat, long coordinates" });
    return console.error("bad coordinates");
  }
  pg.connect(pg_config + "/" + table_name, function (err, db, done) {
    if (err) {
      res.send(500, { http_status: 500, error_msg: err });
      db.end();
      return console.error("could not connect to postgres", err);
    }
    db.query(
      "SELECT gid, name FROM " + table_name + " t WHERE ST_Intersects(ST_MakeEnvelope(" + query.lon1 + ", " + query.lat1 + ", " + query.lon2 + ", " + query.lat2 + ", 4326), t.the_geom) LIMIT " + limit + ";",
      function (err, result) {
        if (err) {
          res.send(500, { http_status: 500, error_msg: err });
          db.end();
          return console.error("error running query", err);
        }
        res.send(result.rows);
        db.end();
        done();
        return result.rows;
      },
    );
  });
});

app.listen(config.port, config.ip);
