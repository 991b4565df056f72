// Source: grocerygroove/GroceryGroove — apps/api/local_modules/pg-transaction/index.js (pgTransaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `await client.query("BEGIN")` runs between connect() and the try whose finally releases; a failed BEGIN leaks the client (the catch also fires ROLLBACK without awaiting it before the release)
module.exports = async function pgTransaction(pool, callback) {
  const client = await pool.connect();
  await client.query("BEGIN");
  try {
    const result = await callback(client);
    await client.query("COMMIT");
    return result;
  } catch (e) {
    client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
};

module.exports.addToPool = function addPgTransactionToPool(pool) {
  pool.transaction = function (callback) {
    return module.exports(this, callback);
  };
};
