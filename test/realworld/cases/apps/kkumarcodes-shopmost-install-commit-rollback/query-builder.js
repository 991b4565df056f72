async function startTransaction(connection) {
  await connection.query("BEGIN");
  connection.INTRANSACTION = true;
  connection.COMMITTED = false;
}

async function commit(connection) {
  await connection.query("COMMIT");
  connection.INTRANSACTION = false;
  connection.COMMITTED = true;
  release(connection);
}

async function rollback(connection) {
  await connection.query("ROLLBACK");
  connection.INTRANSACTION = false;
  connection.release();
}

function release(connection) {
  if (connection.INTRANSACTION === true) {
    return;
  }
  // a pool passed in place of a connection is left alone
  if (connection.constructor.name === "BoundPool") {
    return;
  }
  connection.release();
}

module.exports = { startTransaction, commit, rollback, release };
