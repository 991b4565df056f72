// Source: Shyp/pg-transactions — DBConnection.js (DBConnection.get), reduced by hand, not copied
// Label: hand-over
// Why: legacy `pg.connect(config, cb)`: the client and its `release` are wrapped in a DBConnection and handed to the caller's callback, which commits or rolls back and releases it
"use strict";

const pg = require("pg");
const Metrics = require("./metrics");

function DBConnection(client, release) {
  this.client = client;
  this.release = release;
}

DBConnection.prototype.query = function (text, values, cb) {
  return this.client.query(text, values, cb);
};

DBConnection.get = function (config, cb) {
  const start = Date.now();
  pg.connect(config, function (err, client, release) {
    if (err !== null && typeof err !== "undefined") {
      return cb(err);
    }
    try {
      Metrics.measure("db.txn_conn_pool.count", pg.defaults.poolSize);
    } catch (e) {}
    Metrics.increment("db.txn_conn_pool.get");
    Metrics.timing("db.txn_conn_pool.get.latency", start);
    cb(err, new DBConnection(client, release));
  });
};

module.exports = DBConnection;
