// Source: PrairieLearn/PrairieLearn — prairielib/lib/sql-db.js at c8bd585cdb (beginTransactionAsync and rollbackWithClientAsync, as PR #5094 "Ensure DB client is released if transaction errors" left them), reduced by hand, not copied
// Label: hand-over
// Why: on success the client is returned to the caller; when START TRANSACTION fails, rollbackWithClientAsync releases it after ROLLBACK, or destroys it with release(err) when ROLLBACK fails
const { getClientAsync } = require("./sql-db-client");

async function queryWithClientAsync(client, sql, params) {
  return client.query(sql, params);
}

async function rollbackWithClientAsync(client) {
  try {
    await client.query("ROLLBACK");
    client.release();
  } catch (err) {
    // A client whose ROLLBACK failed must not go back into the pool.
    client.release(err);
  }
}

async function beginTransactionAsync() {
  const client = await getClientAsync();
  try {
    await queryWithClientAsync(client, "START TRANSACTION;", []);
    return client;
  } catch (err) {
    await rollbackWithClientAsync(client);
    throw err;
  }
}

module.exports = { beginTransactionAsync, rollbackWithClientAsync };
