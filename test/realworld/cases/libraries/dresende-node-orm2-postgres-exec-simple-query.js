// Source: dresende/node-orm2 — lib/Drivers/DML/postgres.js (switchableFunctions.pool.execSimpleQuery), reduced by hand, not copied
// Label: safe
// Why: a connect error returns before any client exists; `done()` is the first statement of the query callback, before `result.rows` is read
"use strict";

const pg = require("pg");

function Driver(config, opts) {
  this.db = new pg.Pool(config);
  this.opts = opts || {};
}

Driver.prototype.execSimpleQuery = function (query, cb) {
  if (this.opts.debug) {
    console.log("[SQL/postgres]", query);
  }
  this.db.connect(function (err, client, done) {
    if (err) {
      return cb(err);
    }

    client.query(query, function (err, result) {
      done();

      if (err) {
        cb(err);
      } else {
        cb(null, result.rows);
      }
    });
  });
  return this;
};

module.exports = Driver;
