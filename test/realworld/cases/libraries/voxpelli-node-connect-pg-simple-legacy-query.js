// Source: voxpelli/node-connect-pg-simple — index.js (PGStore.prototype.query, before commit 06dcf2d "Support pg module v6"), reduced by hand, not copied
// Label: safe
// Why: session store on pg's legacy module-level pool (`this.pg.connect(conString, cb)`): a connect error calls `done(client)` before reporting; the query callback calls `done(err || false)` first
"use strict";

module.exports = function connectPgSimple(session) {
  const Store = session.Store || session.session.Store;

  const PGStore = function (options) {
    options = options || {};
    Store.call(this, options);
    this.pg = options.pg || require("pg");
    this.conString = options.conString || process.env.DATABASE_URL;
    this.tableName = options.tableName || "session";
  };

  require("util").inherits(PGStore, Store);

  PGStore.prototype.query = function (query, params, fn) {
    if (!fn && typeof params === "function") {
      fn = params;
      params = [];
    }
    this.pg.connect(this.conString, function (err, client, done) {
      if (err) {
        done(client);
        if (fn) fn(err);
      } else {
        client.query(query, params || [], function (queryErr, result) {
          done(queryErr || false);
          if (fn) fn(queryErr, result && result.rows[0] ? result.rows[0] : false);
        });
      }
    });
  };

  PGStore.prototype.get = function (sid, fn) {
    this.query("SELECT sess FROM " + this.tableName + " WHERE sid = $1", [sid], function (err, data) {
      if (err) return fn(err);
      if (!data) return fn();
      return fn(null, typeof data.sess === "string" ? JSON.parse(data.sess) : data.sess);
    });
  };

  return PGStore;
};
