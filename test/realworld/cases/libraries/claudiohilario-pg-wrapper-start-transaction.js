// Source: claudiohilario/pg-wrapper — src/index.js (startTransaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: BEGIN is awaited before the client is returned: when it rejects, the caller never gets the client and nothing releases it
const { Pool } = require("pg");

module.exports = (config) => {
  const pool = new Pool(config);

  async function startTransaction() {
    const client = await pool.connect();
    await client.query("BEGIN");
    return client;
  }

  async function endTransaction(error, client) {
    await client.query(error ? "ROLLBACK" : "COMMIT");
    return client.release();
  }

  return { startTransaction, endTransaction };
};
