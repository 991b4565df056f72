// Source: JoelRoy1/RMS-CS2810 — server/controllers/staff-controller.js before 81a1387 "fix: fix memory leak in staff-controller.js" (signIn), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client is released right after the awaited SELECT inside the try; when the query fails the catch logs and rethrows with the client still checked out
const db = require("../db");
const pool = db.pool;

async function signIn(username, pin) {
  try {
    console.log("signing in");
    const client = await pool.connect();
    console.log("connected");
    const result = await client.query({
      text: "SELECT * FROM staff WHERE staff_name = $1 AND staff_pin = $2",
      values: [username, pin],
    });
    client.release();
    if (result.rows.length === 0) {
      throw new Error("Invalid username or PIN.");
    }
    return result.rows[0];
  } catch (error) {
    console.error(`Error signing in: ${error.message}`);
    throw new Error(`Unable to sign in: ${error.message}`);
  }
}

module.exports = { signIn };
