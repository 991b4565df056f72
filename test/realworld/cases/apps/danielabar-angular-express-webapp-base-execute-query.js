// Source: danielabar/angular-express-webapp-base — lib/dao.js at 114bf0f (executeQuery, "release connection on error"), reduced by hand, not copied
// Label: safe
// Why: legacy `pg.connect(conString, cb)`: every branch of the checkout and query callbacks now calls done()
"use strict";

var pg = require("pg");
pg.defaults.poolSize = process.env.DB_POOL_SIZE;

var connectionString = "postgres://" + process.env.DB_USER + "@" + process.env.DB_HOST + "/" + process.env.DB_NAME;

var executeQuery = function (query, params, callback) {
  pg.connect(connectionString, function (err, client, done) {
    if (err) {
      callback(err);
      done();
    } else {
      client.query(query, params, function (err, result) {
        if (err) {
          callback(err);
          done();
        } else {
          callback(null, result);
          done();
        }
      });
    }
  });
};

module.exports.executeQuery = executeQuery;
