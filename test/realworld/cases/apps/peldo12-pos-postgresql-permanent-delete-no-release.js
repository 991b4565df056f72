// Source: Peldo12/POS-Postgresql — src/product/service.js at 2b41974 (permanentDelete), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: unlike its siblings this service function has no finally: it commits (with no BEGIN) or rolls back and rethrows, and never releases the client
const pool = require("../config/pool");
const model = require("./model");

async function permanentDelete() {
  const client = await pool.connect();
  try {
    const result = await model.permanentRemoveProduct(id);

    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

module.exports = { permanentDelete };
