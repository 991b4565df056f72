// Source: amdolan/node-connect-pg-pool — index.js (PGStore.prototype.query), reduced by hand, not copied
// Label: safe
// Why: the session store's query helper calls `done(err)` on a failed checkout (pg-pool hands a no-op release then) and `done()` first thing in the query callback, before the caller's callback runs
"use strict";

const util = require("util");

module.exports = function (session) {
  const Store = session.Store || session.session.Store;

  const PGStore = function (options) {
    options = options || {};
    Store.call(this, options);
    this.tableName = options.tableName || "session";
    this.pool = options.pool;
  };

  util.inherits(PGStore, Store);

  PGStore.prototype.query = function (query, params, fn) {
    if (!fn && typeof params === "function") {
      fn = params;
      params = [];
    }
    this.pool.connect(function (err, client, done) {
      if (err) {
        done(err);
        if (fn) {
          fn(err);
        }
      } else {
        client.query(query, params || [], function (err, result) {
          done();
          if (fn) {
            fn(err, result && result.rows[0] ? result.rows[0] : false);
          }
        });
      }
    });
  };

  PGStore.prototype.destroy = function (sid, fn) {
    this.query('DELETE FROM "' + this.tableName + '" WHERE sid = $1', [sid], function (err) {
      if (fn) {
        fn(err);
      }
    });
  };

  return PGStore;
};
