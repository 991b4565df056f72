// Source: danielabar/angular-express-webapp-base — lib/dao.js at 114bf0f^ (executeQuery, before "release connection on error"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: legacy `pg.connect(conString, cb)`: the query's error branch calls back without done(), so every failing query keeps its client (the author's own comment asks whether errors need a release)
"use strict";

var pg = require("pg");
pg.defaults.poolSize = process.env.DB_POOL_SIZE;

var connectionString = "postgres://" + process.env.DB_USER + "@" + process.env.DB_HOST + "/" + process.env.DB_NAME;

var executeQuery = function (query, params, callback) {
  pg.connect(connectionString, function (err, client, done) {
    if (err) {
      callback(err);
    } else {
      client.query(query, params, function (err, result) {
        if (err) {
          callback(err);
        } else {
          callback(null, result);
          done();
        }
      });
    }
  });
};

module.exports.executeQuery = executeQuery;
