// Source: Chrissy/outer-maps — server.js at de12513^ (GET /api/boundaries/:x1/:y1/:x2/:y2, 2017-05-03, pg ^6.0.1 Pool), reduced by hand, not copied
// Label: safe
// Why: done() is the first statement of the query callback, before `if (err) throw err` and the GeoJSON mapping, so nothing that throws can keep the client
const pg = require("pg");
const express = require("express");

const app = express();
const pool = new pg.Pool({ database: "mountains" });

app.get("/api/boundaries/:x1/:y1/:x2/:y2", function (request, response) {
  const query = `
    SELECT name, id, ST_AsGeoJson(geog) AS geog, ST_AsGeoJson(ST_Envelope(geog::geometry)) AS bounds
    FROM boundaries
    WHERE ST_Intersects(geog, ST_MakeEnvelope(${request.params.x1}, ${request.params.y1}, ${request.params.x2}, ${request.params.y2}))
  `;

  pool.connect(function (err, client, done) {
    client.query(query, function (err, result) {
      done();

      if (err) throw err;

      const features = result.rows.map((r) => ({
        type: "Feature",
        properties: { name: r.name, id: r.id, bounds: JSON.parse(r.bounds).coordinates[0] },
        geometry: JSON.parse(r.geog),
      }));

      response.json({ type: "FeatureCollection", features: features });
    });
  });
});

app.listen(5000);
