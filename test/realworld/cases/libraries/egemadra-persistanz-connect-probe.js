// Source: egemadra/persistanz — lib/adapters/postgres.js (PersPg.prototype.connect), reduced by hand, not copied
// Label: safe
// Why: the first checkout only proves the pool can connect: the `.then` releases it at once and resolves with the adapter
var PgPool = require("pg-pool");

function PersPg(config) {
  this.config = config;
}

PersPg.prototype.connect = function (dbConfig, cb) {
  this.connection = new PgPool(this.config);
  var p = this.connection.connect().then((client) => {
    client.release();
    return this;
  });
  return cb ? p.then((r) => cb(null, r)).catch((e) => cb(e)) : p;
};

module.exports = PersPg;
