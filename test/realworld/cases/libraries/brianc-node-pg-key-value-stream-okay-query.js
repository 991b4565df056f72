// Source: brianc/node-pg-key-value-stream — lib/query.js (query, with lib/pg.js re-exporting pg.js or pg), reduced by hand, not copied
// Label: safe
// Why: the `okay` wrapper routes a connect error to `cb` and calls the inner function with `(client, done)` only on success; the query callback calls `done()` before handing the rows on
"use strict";

const mosql = require("mongo-sql");
const ok = require("okay");

let pg;
try {
  pg = require("pg.js");
} catch (e) {
  pg = require("pg");
}

module.exports = function query(mongoQuery, cb) {
  const q = mosql.sql(mongoQuery).toQuery();
  pg.connect(
    ok(cb, function (client, done) {
      client.query(q.text, q.values, function (err, result) {
        done();
        cb(err, (result || 0).rows, result);
      });
    }),
  );
};
