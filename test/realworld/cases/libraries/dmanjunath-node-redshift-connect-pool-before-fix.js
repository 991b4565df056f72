// Source: dmanjunath/node-redshift — lib/connection.js at 5afb886^ (_connectPool, before PR #10 "Fix connection pooling"), reduced by hand, not copied
// Label: hand-over
// Why: the one checkout is stored on the Redshift instance with its done (`that.client`, `that.done`) for every later query to use; PR #10 replaced it with a checkout per query because the held client went stale
var pg = require("pg");

var Redshift = function (config) {
  var that = this;
  that.config = config;
  that.connectionType = "pool";
  var pool = new pg.Pool(that.config);

  _connectPool(pool, that, function (err) {
    if (err) throw err;
  });
};

function _connectPool(pool, that, callback) {
  pool.connect(function (err, client, done) {
    if (err) {
      done(client);
      callback(err);
    } else {
      that.client = client;
      that.pool = pool;
      that.done = done;
      callback();
    }
  });

  pool.on("error", function (err, client) {
    callback(err);
  });
}

module.exports = Redshift;
