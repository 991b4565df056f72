// Source: ayng1004/saasproject — event-ticket-saas/payments-service/src/index.js (waitForDb), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: when the probe query fails the catch waits and retries, and the client checked out for the failed probe is never released
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

const waitForDb = async (retries = 10, delay = 1000) => {
  for (let i = 0; i < retries; i++) {
    try {
      const client = await pool.connect();
      await client.query("SELECT 1");
      client.release();
      return;
    } catch (err) {
      console.log(`Waiting for DB (${i + 1}/${retries})...`);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  throw new Error("DB not reachable");
};

module.exports = { pool, waitForDb };
