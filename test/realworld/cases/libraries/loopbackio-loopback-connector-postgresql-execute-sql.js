// Source: loopbackio/loopback-connector-postgresql — lib/postgresql.js (PostgreSQL.prototype.executeSQL), reduced by hand, not copied
// Label: safe
// Why: the connect callback passes the client and its release callback to a local helper whose query callback releases first thing
const debug = require("debug")("loopback:connector:postgresql");

module.exports = function (PostgreSQL, attachErrorHandler) {
  PostgreSQL.prototype.executeSQL = function (sql, params, options, callback) {
    const self = this;

    function executeWithConnection(connection, releaseCb) {
      connection.query(sql, params, function (err, data) {
        if (err) debug(err);
        if (releaseCb) {
          releaseCb(err);
        }
        let result = null;
        if (data) {
          result = data.command === "DELETE" || data.command === "UPDATE" ? { affectedRows: data.rowCount, count: data.rowCount } : data.rows;
        }
        callback(err ? err : null, result);
      });
    }

    const transaction = options.transaction;
    if (transaction && transaction.connector === this) {
      executeWithConnection(transaction.connection, null);
    } else {
      self.pg.connect(function (err, connection, releaseCb) {
        if (err) return callback(err);
        attachErrorHandler(self.settings, connection);
        executeWithConnection(connection, releaseCb);
      });
    }
  };
};
