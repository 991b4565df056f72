// Second module of the case: the connect callback's handler, released on every path when not in a transaction.
const connectionHandle = (deferred, statement, inTransaction) => (err, connection) => {
  if (!connection) {
    deferred.reject(new Error("no connection"));
    return;
  }
  if (err) {
    connection.release();
    deferred.reject(err);
    return;
  }
  connection.query(statement[0], statement[1], (queryErr, res) => {
    if (!inTransaction) connection.release();
    if (queryErr) deferred.reject(queryErr);
    else deferred.resolve(inTransaction ? { rows: res.rows, connection } : { rows: res.rows });
  });
};

module.exports = connectionHandle;
