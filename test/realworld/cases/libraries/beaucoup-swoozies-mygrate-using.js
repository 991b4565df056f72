// Source: beaucoup-swoozies/mygrate — lib/postgresql.js (Postgresql.prototype.using), reduced by hand, not copied
// Label: hand-over
// Why: the migration tool's `using` passes the caller's callback straight to the legacy module pool, so the caller receives the client and its `release` (exec() calls release in its query callback)
"use strict";

const Pg = require("pg");

function Postgresql(config) {
  this.config = config;
}

Postgresql.prototype.using = function (config, cb) {
  if (arguments.length === 1) {
    cb = config;
    config = this.config;
  }
  return Pg.connect(config, cb);
};

module.exports = Postgresql;
