// Source: LocalData/localdata-api — lib/controllers/parcels.js (get, with lib/postgres.js), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client from the local `getClient` helper runs an event-style query whose only `done()` is in the 'end' handler; when the query fails pg emits 'error' and never 'end', so the client stays checked out
"use strict";

const getClient = require("./postgres").getClient;

exports.get = function get(request, response) {
  const lat = parseFloat(request.query.lat);
  const lon = parseFloat(request.query.lon);
  const queryConfig = {
    text: "SELECT object_id, name1 FROM objects WHERE ST_Contains(wkb_geometry, ST_SetSRID($1::text, 4326))",
    values: ["POINT(" + lon + " " + lat + ")"],
    name: "parcelPointQuery",
  };
  const rows = [];

  getClient(function (error, client, done) {
    if (error) {
      response.send(500);
      return;
    }

    const query = client.query(queryConfig);

    query
      .on("row", function (row) {
        rows.push(row);
      })
      .on("error", function (e) {
        console.log(e.message);
        error = e;
      })
      .on("end", function () {
        if (error) {
          response.send(500);
        } else {
          response.send(rows);
        }
        done();
      });
  });
};
