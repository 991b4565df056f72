// Source: danneu/pg-extra — src/lib/Methods.js (withTransaction), reduced by hand, not copied
// Label: safe
// Why: BEGIN, the runner and COMMIT each sit in a try whose catch returns rollback(err), a function of the same scope that releases the client on both of its paths (release(err) when ROLLBACK fails); the straight path releases after COMMIT
const withTransaction = async function (runner) {
  const client = await this.connect();

  async function rollback(err) {
    try {
      await client._query("ROLLBACK");
    } catch (rollbackError) {
      console.warn("Could not rollback transaction, removing from pool");
      client.release(rollbackError);
      rollbackError.rolledback = false;
      throw rollbackError;
    }
    client.release();
    if (err.code === "40P01" || err.code === "40001") {
      return withTransaction(runner);
    }
    err.rolledback = true;
    throw err;
  }

  try {
    await client._query("BEGIN");
  } catch (err) {
    return rollback(err);
  }

  let result;
  try {
    result = await runner(client);
  } catch (err) {
    return rollback(err);
  }

  try {
    await client._query("COMMIT");
  } catch (err) {
    return rollback(err);
  }

  client.release();
  return result;
};

module.exports = { withTransaction };
