// Source: JoelRoy1/RMS-CS2810 — server/controllers/help-controllers.js before e8431e6 "fix: fix API memory leaks" (resolveHelpRequest), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `const client` inside the try shadows the outer `let client`, which stays undefined, so the finally's `if (client) client.release()` never runs: every call keeps its client (the commit says the leaks timed the API out)
const db = require("../db");
const pool = db.pool;

async function resolveHelpRequest(helpId) {
  let client;
  try {
    console.log("resolving");
    const client = await pool.connect();
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
