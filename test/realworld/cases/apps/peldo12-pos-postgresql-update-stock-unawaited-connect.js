// Source: Peldo12/POS-Postgresql — src/product/model.js at 2b41974 (updateStockProduct), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `pool.connect()` is not awaited, so `client` is a promise: `client.query('BEGIN')` throws, the catch's ROLLBACK and the finally's `client.release()` throw too, and the client the promise resolves to is never released
const pool = require("../config/pool");
const AppError = require("../utils/appError");

async function updateStockProduct(data) {
  const result = [];
  const client = pool.connect();
  try {
    await client.query("BEGIN");
    for (const product of data) {
      const { updateStock, id } = product;
      const stockUpdate = await client.query(
        "UPDATE products SET stock = stock + $1 WHERE id = $2 AND stock >= $1",
        [updateStock, id]
      );
      if (stockUpdate.rowCount === 0) throw new AppError(400, `Insufficient stock product ${id}`);
      result.push({ id, status: "success" });
    }
    await client.query("COMMIT");
    return { item: result };
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    await client.release();
  }
}

module.exports = { updateStockProduct };
