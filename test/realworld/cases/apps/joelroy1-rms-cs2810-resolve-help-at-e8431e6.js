// Source: JoelRoy1/RMS-CS2810 — server/controllers/help-controllers.js at e8431e6 "fix: fix API memory leaks" (resolveHelpRequest), reduced by hand, not copied
// Label: safe
// Why: the fix assigns the checkout to the outer `let client` (no inner const any more), so the finally's guarded release gives it back on every path
const db = require("../db");
const pool = db.pool;

async function resolveHelpRequest(helpId) {
  let client;
  try {
    console.log("resolving");
    client = await pool.connect();
    console.log("connected");
    const result = await client.query(
      "UPDATE needs_help SET resolved = true WHERE help_id = $1 RETURNING *",
      [helpId],
    );
    return result.rows;
  } catch (error) {
    throw new Error(`Error resolving help request: ${error.message}`);
  } finally {
    if (client) {
      console.log("client released");
      client.release();
    }
  }
}

module.exports = { resolveHelpRequest };
