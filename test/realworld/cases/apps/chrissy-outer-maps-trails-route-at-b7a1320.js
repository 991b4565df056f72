// Source: Chrissy/outer-maps — server.js at b7a1320 (GET /api/:x1/:y1/:x2/:y2, "release connections back into the pool like a person who understands how databases work"), reduced by hand, not copied
// Label: safe
// Why: the query callback calls `done()` before anything else, so the client is back in the pool before the error is thrown or the rows are turned into GeoJSON
const pg = require("pg");
const express = require("express");

const app = express();
app.use(express.static("public"));

const pool = new pg.Pool({
  database: "mountains",
  max: 10,
  idleTimeoutMillis: 3000,
});

app.get("/api/:x1/:y1/:x2/:y2", function (req, res) {
  const sql = `
    SELECT name, fid, ST_AsGeoJson(geog) AS geog
    FROM trails
    WHERE ST_Intersects(geog, ST_MakeEnvelope(${req.params.x1}, ${req.params.y1}, ${req.params.x2}, ${req.params.y2}))
  `;

  pool.connect(function (err, client, done) {
    client.query(sql, function (err, result) {
      done();

      if (err) throw err;

      const features = [];
      for (const row of result.rows) {
        features.push({
          type: "Feature",
          properties: { name: row.name || "needs name", id: row.fid },
          geometry: JSON.parse(row.geog),
        });
      }

      res.json({ type: "FeatureCollection", features });
    });
  });
});

app.listen(5000);
