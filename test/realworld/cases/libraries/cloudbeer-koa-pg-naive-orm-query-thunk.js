// Source: cloudbeer/koa-pg-naive-orm — lib/db.js (db.query, the thunk for co/koa v1), reduced by hand, not copied
// Label: safe
// Why: the thunk's legacy `pg.connect` callback hands a connect error on before any client exists, and calls `done()` first in the query callback
"use strict";

const pg = require("pg");

const db = {
  constr: process.env.DATABASE_URL,

  query: function (sql, params) {
    console.log("sql: ", sql, params);
    return function (callback) {
      pg.connect(db.constr, function (err, client, done) {
        if (err) {
          return callback(err);
        }
        client.query(sql, params, function (err, result) {
          done();
          if (err) {
            return callback(err);
          }
          return callback(null, result);
        });
      });
    };
  },
};

module.exports = db;
