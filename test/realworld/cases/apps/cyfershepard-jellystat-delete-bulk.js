// Source: CyferShepard/Jellystat — backend/db.js at 3fae9f7 (deleteBulk; issue #204 "PG client not releasing past sessions" was closed as "wasnt a bug"), reduced by hand, not copied
// Label: safe
// Why: the try that follows the checkout at once covers BEGIN, the delete, COMMIT and the materialised-view refreshes it starts without awaiting (each on a client of its own, not this one); ROLLBACK is in the catch and the release in the finally
const { Pool } = require("pg");
const pgp = require("pg-promise")();

const pool = new Pool({ max: 20, idleTimeoutMillis: 30000, connectionTimeoutMillis: 2000 });

const materializedViews = ["js_latest_playback_activity", "js_library_stats_overview"];

async function refreshMaterializedView(viewName) {
  return pool.query(`REFRESH MATERIALIZED VIEW ${viewName}`);
}

async function deleteBulk(tableName, data, pkName) {
  const client = await pool.connect();
  let result = "SUCCESS";
  let message = "";
  try {
    await client.query("BEGIN");
    if (data && data.length !== 0) {
      await client.query({ text: `DELETE FROM ${tableName} WHERE "${pkName ?? "Id"}" IN (${pgp.as.csv(data)})` });
    }
    await client.query("COMMIT");
    message = data.length + " Rows removed.";
    if (tableName === "jf_playback_activity") {
      for (const view of materializedViews) {
        refreshMaterializedView(view);
      }
    }
  } catch (error) {
    await client.query("ROLLBACK");
    message = "Bulk delete error: " + error;
    result = "ERROR";
  } finally {
    client.release();
  }
  return { Result: result, message: "" + message };
}

module.exports = { deleteBulk };
