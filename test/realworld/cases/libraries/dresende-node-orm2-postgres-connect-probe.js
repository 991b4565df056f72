// Source: dresende/node-orm2 — lib/Drivers/DML/postgres.js (switchableFunctions.pool.connect), reduced by hand, not copied
// Label: safe
// Why: a probe: when the checkout succeeds it is given back at once with `done()`, then the caller hears the outcome
"use strict";

const pg = require("pg");

function Driver(config) {
  this.db = new pg.Pool(config);
}

Driver.prototype.connect = function (cb) {
  this.db.connect(function (err, client, done) {
    if (!err) {
      done();
    }
    cb(err);
  });
};

module.exports = Driver;
