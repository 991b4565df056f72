// Source: kiernanmcgowan/forerunner-postgres-store — lib/pg.js (construct), reduced by hand, not copied
// Label: safe
// Why: the job store checks that the legacy module pool (native binding when present) can connect and calls `done()` first thing in the callback, before looking at the error
"use strict";

let pg;
if (require("pg").native) {
  pg = require("pg").native;
} else {
  pg = require("pg");
}

function construct(opts, callback) {
  if (!opts.db) {
    throw new Error("No db configuration given!");
  }
  this.opts = opts;
  const self = this;
  pg.connect(opts.db, function (err, client, done) {
    done();
    if (err) {
      return callback(err);
    }
    self.tableName = opts.tableName || "job_store";
    callback(null, self);
  });
  return this;
}

module.exports = construct;
