// Source: EmmanuelArangoV/PruebaBD — src/services/clearService.js (clearAll, with src/config/postgres.js's getClient), reduced by hand, not copied
// Label: safe
// Why: the reset drops the SQL tables and empties two MongoDB collections inside BEGIN/COMMIT on a client from the config module's `getClient()`; the catch awaits ROLLBACK and rethrows, and the finally releases whatever the ROLLBACK does
const { getClient } = require("./config/postgres");
const CustomerHistory = require("./models/CustomerHistory");
const ProductAudit = require("./models/ProductAudit");

const clearAll = async () => {
  const client = await getClient();

  try {
    await client.query("BEGIN");

    await client.query("DROP TABLE IF EXISTS transaction_details");
    await client.query("DROP TABLE IF EXISTS transactions");
    await client.query("DROP TABLE IF EXISTS products");
    await client.query("DROP TABLE IF EXISTS customers");

    await CustomerHistory.deleteMany({});
    await ProductAudit.deleteMany({});

    await client.query("COMMIT");

    console.log("[Clear] tables dropped and MongoDB emptied");

    return { message: "Tables dropped, run /setup to create them again" };
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
};

module.exports = { clearAll };
