// Source: funwun/patas-source-pgsql — lib/patas-source-pgsql.js (query), reduced by hand, not copied
// Label: safe
// Why: a connect error returns before any client exists; the query callback calls `done()` first, then hands the result or error to the caller
"use strict";

const pg = require("pg");

module.exports = function (options) {
  const pool = new pg.Pool(options);

  return {
    name: "postgresql",
    query: function (sql, params, callback) {
      pool.connect(function (err, client, done) {
        if (err) {
          return callback(err);
        }
        client.query(sql, params, function (queryErr, result) {
          done();
          callback(queryErr, result);
        });
      });
    },
  };
};
