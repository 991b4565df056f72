// Source: AlienCreations/alien-node-pg-utils — lib/methods/_transaction.js (with _connectionHandle.js), reduced by hand, not copied
// Label: safe
// Why: without a transaction connection, `dbPool.connect(cb)` hands the client to a handler imported from another module that releases it on the error path and in the query callback
const Q = require("q");
const connectionHandle = require("./connection-handle");

const runStatement = (connection, dbPool, statement) => {
  const deferred = Q.defer();
  const inTransaction = !!connection;
  const cb = connectionHandle(deferred, statement, inTransaction);
  connection ? cb(null, connection) : dbPool.connect(cb);
  return deferred.promise;
};

module.exports = runStatement;
