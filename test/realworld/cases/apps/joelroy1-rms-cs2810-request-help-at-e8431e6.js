// Source: JoelRoy1/RMS-CS2810 — server/controllers/help-controllers.js at e8431e6 "fix: fix API memory leaks" (requestHelp), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: once the checkout goes to the outer `let client`, the release left in the try after the INSERT is followed by the finally's guarded release of the same client: pg throws "Release called on client which has already been released to the pool." on every successful call
const db = require("../db");
const pool = db.pool;

async function requestHelp(customerId) {
  let client;
  try {
    console.log("submitting");
    client = await pool.connect();
    console.log("connected");
    await client.query("INSERT INTO needs_help (customer_id) VALUES ($1)", [customerId]);
    client.release();
    console.log("submitted");
  } catch (error) {
    throw new Error(`Error submitting help request: ${error.message}`);
  } finally {
    if (client) {
      console.log("client released");
      client.release();
    }
  }
}

module.exports = { requestHelp };
