// Source: NodeBB/NodeBB — src/database/postgres/transaction.js (module.transaction), reduced by hand, not copied
// Label: safe
// Why: a caller's transaction client gets a savepoint and no checkout; otherwise BEGIN, the work and COMMIT are in try, ROLLBACK and rethrow in catch, release in finally
module.exports = function (module) {
  module.transaction = async function (perform, txClient) {
    let res;
    if (txClient) {
      await txClient.query("SAVEPOINT nodebb_subtx");
      try {
        res = await perform(txClient);
      } catch (err) {
        await txClient.query("ROLLBACK TO SAVEPOINT nodebb_subtx");
        throw err;
      }
      await txClient.query("RELEASE SAVEPOINT nodebb_subtx");
      return res;
    }
    const client = await module.pool.connect();
    try {
      await client.query("BEGIN");
      res = await perform(client);
      await client.query("COMMIT");
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    } finally {
      client.release();
    }
    return res;
  };
};
