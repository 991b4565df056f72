// Source: Ivan200424/Esvitlov2 — src/database/users.js at 64a2bd6 (batchUpdateHashes, used by the outage-schedule publisher), reduced by hand, not copied
// Label: safe
// Why: the schedule publisher's batch writes every user's last hash in one transaction on one client; the catch rolls back, logs and rethrows, and the finally releases
const { pool } = require("./db");

async function batchUpdateHashes(updates) {
  if (updates.length === 0) return;

  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    for (const { id, lastHash, lastPublishedHash } of updates) {
      await client.query(
        "UPDATE users SET last_hash = $1, last_published_hash = $2, updated_at = NOW() WHERE id = $3",
        [lastHash, lastPublishedHash, id]
      );
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    console.error("Error in batchUpdateHashes:", error.message);
    throw error;
  } finally {
    client.release();
  }
}

module.exports = { batchUpdateHashes };
