// Source: CartoDB/node-cartodb-psql — lib/psql.js (PSQL.dbConnect), reduced by hand, not copied
// Label: hand-over
// Why: the pg 6 module-level pool (`pg.connect(config, cb)`); the callback wraps a connect error and passes the client and `done` to the caller's callback
var pg = require("pg");
var debug = require("debug")("cartodb-psql");

function PSQL() {
  var me = {};
  me.dbConnect = function (config, cb) {
    pg.connect(config, function (err, client, done) {
      if (err) {
        debug("PostgreSQL connection error: %s", err);
        err = new Error("cannot connect to the database");
        err.http_status = 500;
      }
      cb(err, client, done);
    });
  };
  return me;
}

module.exports = PSQL;
