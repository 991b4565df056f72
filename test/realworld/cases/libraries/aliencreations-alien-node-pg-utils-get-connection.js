// Source: AlienCreations/alien-node-pg-utils — lib/methods/getConnection.js, reduced by hand, not copied
// Label: hand-over
// Why: the checkout resolves a Q deferred that the caller (beginTransaction) receives; commit/rollback release it later
const Q = require("q");

const getConnection = (dbPool) => () => {
  const deferred = Q.defer();
  try {
    dbPool
      .connect()
      .then((connection) => {
        if (connection) {
          deferred.resolve(connection);
        } else {
          deferred.reject(new Error("missing connection"));
        }
      })
      .catch(deferred.reject);
  } catch (err) {
    deferred.reject(err);
  }
  return deferred.promise;
};

module.exports = getConnection;
