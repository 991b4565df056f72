// Source: egemadra/persistanz — lib/adapters/postgres.js (PersPg.prototype.acquire), reduced by hand, not copied
// Label: hand-over
// Why: the connection is stored on a new adapter object that the promise resolves with; the caller gives it back through that adapter's release()/destroy()
var PgPool = require("pg-pool");

function PersPg(config) {
  this.config = config;
}

PersPg.prototype.acquire = function (cb) {
  var conn = new PersPg(this.config);
  var p = this.connection.connect().then((connection) => {
    conn.connection = connection;
    return conn;
  });
  return cb ? p.then((r) => cb(null, r)).catch((e) => cb(e)) : p;
};

PersPg.prototype.release = function (cb) {
  var p = new Promise((resolve, reject) => {
    try {
      this.connection.release();
      return resolve(true);
    } catch (err) {
      return reject(err);
    }
  });
  return cb ? p.then((r) => cb(null, r)).catch((e) => cb(e)) : p;
};

module.exports = PersPg;
