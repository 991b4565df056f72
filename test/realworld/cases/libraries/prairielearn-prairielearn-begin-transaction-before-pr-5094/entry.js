// Source: PrairieLearn/PrairieLearn — prairielib/lib/sql-db.js at c8bd585cdb^ (beginTransactionAsync and rollbackWithClientAsync, before PR #5094 "Ensure DB client is released if transaction errors"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: when START TRANSACTION fails, the catch hands the client to rollbackWithClientAsync, which releases only when ROLLBACK itself fails; a successful ROLLBACK returns with the client still checked out (PR #5094 added the release)
const { getClientAsync } = require("./sql-db-client");

async function queryWithClientAsync(client, sql, params) {
  return client.query(sql, params);
}

async function rollbackWithClientAsync(client) {
  try {
    await client.query("ROLLBACK");
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
