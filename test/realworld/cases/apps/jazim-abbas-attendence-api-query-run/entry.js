// Source: Jazim-Abbas/attendence-api — db/run-query.util.js (queryRun), reduced by hand, not copied
// Label: safe
// Why: the checkout sits in an async IIFE whose try/catch/finally releases it on every path; the outer `.catch` only rethrows
const pool = require("./client");

async function queryRun(work) {
  return (async () => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const value = await work(client);
      await client.query("COMMIT");
      return value;
    } catch (e) {
      await client.query("ROLLBACK");
      throw e;
    } finally {
      client.release();
    }
  })().catch((e) => {
    throw e;
  });
}

module.exports = queryRun;
