// Source: Chrissy/outer-maps — server.js at b7a1320^ (GET /api/:x1/:y1/:x2/:y2, before "release connections back into the pool like a person who understands how databases work"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the checkout callback never calls `done`: a failed query throws out of the query callback, and on success `client.end()` closes the pooled client instead of giving it back (b7a1320 calls `done()` first thing in the query callback)
const pg = require("pg");
const express = require("express");

const app = express();
app.use(express.static("public"));

const pool = new pg.Pool({ database: "mountains" });

app.get("/api/:x1/:y1/:x2/:y2", function (req, res) {
  const sql = `
    SELECT name, fid, ST_AsGeoJson(geog) AS geog
    FROM trails
    WHERE ST_Intersects(geog, ST_MakeEnvelope(${req.params.x1}, ${req.params.y1}, ${req.params.x2}, ${req.params.y2}))
  `;

  pool.connect(function (err, client, done) {
    client.query(sql, function (err, result) {
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
      client.end();
    });
  });
});

app.listen(5000);
