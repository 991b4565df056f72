// Source: hattiephillips/QuizServer — httpServer.js (GET /getGeoJSON/:tablename/:geomcolumn), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: the GeoJSON route calls `done()` in the first query's callback, then sends the ST_AsGeoJSON FeatureCollection query on the same client and calls `done()` again: a query on a client already back in the pool, and a second release
var express = require("express");
var pg = require("pg");
var app = express();
var pool = new pg.Pool(config);

app.get("/getGeoJSON/:tablename/:geomcolumn", function (req, res) {
  pool.connect(function (err, client, done) {
    if (err) {
      console.log("not able to get connection " + err);
      res.status(400).send(err);
    }
    var colnames = "";
    var querystring = "select string_agg(colname,',') from ( select column_name as colname FROM information_schema.columns as colname";
    querystring = querystring + " where table_name = '" + req.params.tablename + "' and column_name <>'" + req.params.geomcolumn + "') as cols ";
    client.query(querystring, function (err, result) {
      done();
      if (err) {
        console.log(err);
        res.status(400).send(err);
      }
      colnames = result.rows[0].string_agg;
      var querystring = " SELECT 'FeatureCollection' As type, array_to_json(array_agg(f)) As features FROM ";
      querystring = querystring + "(SELECT 'Feature' As type , ST_AsGeoJSON(lg." + req.params.geomcolumn + ")::json As geometry, ";
      querystring = querystring + "row_to_json((SELECT l FROM (SELECT " + colnames + ") As l )) As properties";
      querystring = querystring + " FROM " + req.params.tablename + " As lg limit 100 ) As f ";
      client.query(querystring, function (err, result) {
        done();
        if (err) {
          console.log(err);
          res.status(400).send(err);
        }
        res.status(200).send(result.rows);
      });
    });
  });
});
