// Source: nikolatesla-777/new-goalgpt — monitor-live-matches.js at 92a1ef5 (monitorLiveMatches' interval callback, "Fix: Database connection handling in monitoring script to prevent connection errors"), reduced by hand, not copied
// Label: safe
// Why: the fix checks out a fresh client on every tick into a `let` declared before the try; the catch only logs, and the finally releases it when the checkout succeeded
const { Pool } = require("pg");
require("dotenv").config();

const previousMatches = new Map();

async function monitorLiveMatches() {
  const pool = new Pool({ host: process.env.DB_HOST, database: process.env.DB_NAME });

  console.clear();
  console.log("LIVE MATCHES MONITOR\n");

  const monitorInterval = setInterval(async () => {
    let tempClient = null;
    try {
      tempClient = await pool.connect();
      const result = await tempClient.query(
        "SELECT m.external_id, m.status_id, m.minute FROM ts_matches m WHERE m.status_id IN (2, 3, 4, 5, 7) ORDER BY m.match_time DESC"
      );
      for (const row of result.rows) {
        const changed = previousMatches.get(row.external_id) !== row.minute;
        console.log(`${row.external_id} ${row.status_id} ${row.minute}${changed ? " (changed)" : ""}`);
        previousMatches.set(row.external_id, row.minute);
      }
    } catch (error) {
      console.error("\nError:", error.message);
    } finally {
      if (tempClient) {
        tempClient.release();
      }
    }
  }, 5000);

  process.on("SIGINT", () => {
    clearInterval(monitorInterval);
    pool.end();
    process.exit(0);
  });
}

monitorLiveMatches().catch((error) => {
  console.error(error);
  process.exit(1);
});
