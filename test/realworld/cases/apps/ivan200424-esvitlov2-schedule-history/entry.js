// Source: Ivan200424/Esvitlov2 — src/database/scheduleHistory.js at 64a2bd6 (addScheduleToHistory, called by the schedule polling service), reduced by hand, not copied
// Label: safe
// Why: the client is assigned to an outer `let client` inside the try; the catch rolls back only when a client was taken and returns false, and the finally releases under `if (client)`
const { pool } = require("./db");

async function addScheduleToHistory(userId, region, queue, scheduleData, hash) {
  let client;
  try {
    client = await pool.connect();
    await client.query("BEGIN");
    const today = new Date().toISOString().split("T")[0];
    await client.query("DELETE FROM schedule_history WHERE user_id = $1 AND DATE(created_at) = $2", [userId, today]);
    await client.query(
      "INSERT INTO schedule_history (user_id, region, queue, schedule_data, hash, created_at) VALUES ($1, $2, $3, $4, $5, NOW())",
      [userId, region, queue, JSON.stringify(scheduleData), hash]
    );
    await client.query("COMMIT");
    return true;
  } catch (error) {
    if (client) {
      await client.query("ROLLBACK");
    }
    console.error("Error adding schedule to history:", error);
    return false;
  } finally {
    if (client) {
      client.release();
    }
  }
}

module.exports = { addScheduleToHistory };
