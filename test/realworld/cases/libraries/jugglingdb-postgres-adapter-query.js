// Source: jugglingdb/postgres-adapter — lib/postgres.js (PG.prototype.query), reduced by hand, not copied
// Label: safe
// Why: a connect error returns before any client exists; the query callback calls an optional log hook, then `done()`, then hands on the rows only when there are data
"use strict";

const pg = require("pg");

function PG(settings, log) {
  this.settings = settings;
  this.log = log;
}

PG.prototype.query = function (sql, callback) {
  const time = Date.now();
  const log = this.log;
  pg.connect(this.settings, function (err, client, done) {
    if (err) {
      return callback(err);
    }
    client.query(sql, function (err, data) {
      if (log) log(sql, time);
      done();
      callback(err, data ? data.rows : null);
    });
  });
};

module.exports = PG;
