// Source: sasvish328/sasvish328 — index.js (RisingStack's "Node Hero" database chapter, copied with a Russian comment), reduced by hand, not copied
// Label: safe
// Why: a one-off script: a connect error returns before any client exists; the query callback calls `done()` first, then logs and exits
"use strict";
const pg = require("pg");
const conString = "postgres://username:password@localhost/node_hero";

pg.connect(conString, function (err, client, done) {
  if (err) {
    return console.error("error fetching client from pool", err);
  }
  client.query("SELECT $1::varchar AS my_first_query", ["node hero"], function (err, result) {
    done();
    if (err) {
      return console.error("error happened during query", err);
    }
    console.log(result.rows[0]);
    process.exit(0);
  });
});
