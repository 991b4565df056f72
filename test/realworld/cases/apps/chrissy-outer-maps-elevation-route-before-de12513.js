// Source: Chrissy/outer-maps — server.js at de12513^ (GET /api/elevation, before "remove a bunch of repetative pg code using the new genericQuery module"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: inside the checkout callback `JSON.parse(req.query.points)` runs before the query, and the query callback throws on error before its `done()`: a malformed `points` parameter or a failed query keeps the client
const pg = require("pg");
const express = require("express");
const statUtils = require("./modules/statUtils");

const app = express();
const pool = new pg.Pool({ database: "mountains" });

app.get("/api/elevation", function (req, res) {
  pool.connect(function (err, client, done) {
    const points = JSON.parse(req.query.points);
    const line = points.map((p) => `ST_MakePoint(${p[0]},${p[1]})`).join(",");

    const sql = `
      WITH trail AS (SELECT ST_SetSRID(ST_MakeLine(ARRAY[${line}]), 4326) AS path),
        pts AS (SELECT (ST_DumpPoints(path)).geom AS point FROM trail),
        raster AS (SELECT ST_Union(rast) AS rast FROM elevation CROSS JOIN trail WHERE ST_Intersects(rast, path))
      SELECT ST_Value(rast, point) AS elevation FROM raster CROSS JOIN pts
    `;

    client.query(sql, function (err, result) {
      if (err) throw err;
      done();
      const smoothed = statUtils.rollingAverage(result.rows.map((r) => r.elevation), 15);
      res.json(smoothed.map((elevation, i) => ({ elevation, coordinates: points[i] })));
    });
  });
});

app.listen(5000);
