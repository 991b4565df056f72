// Source: loopbackio/loopback-connector-postgresql — lib/transaction.js (PostgreSQL.prototype.beginTransaction), reduced by hand, not copied
// Label: leak
// Why: the checkout's `done` is parked on `connection.autorelease` for commit/rollback, but when BEGIN fails `return cb(err)` hands the caller no transaction and nothing releases the client
const uuid = require("uuid");
const Transaction = require("loopback-connector").Transaction;

function mixinTransaction(PostgreSQL) {
  PostgreSQL.prototype.beginTransaction = function (isolationLevel, cb) {
    const connector = this;
    this.pg.connect(function (err, connection, done) {
      if (err) return cb(err);
      connection.autorelease = done;
      connection.query("BEGIN TRANSACTION ISOLATION LEVEL " + isolationLevel, function (err) {
        if (err) return cb(err);
        const tx = new Transaction(connector, connection);
        tx.txId = uuid.v1();
        connection.txId = tx.txId;
        cb(null, tx);
      });
    });
  };
}

module.exports = mixinTransaction;
