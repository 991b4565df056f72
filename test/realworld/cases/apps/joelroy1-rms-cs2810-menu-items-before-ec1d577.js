// Source: JoelRoy1/RMS-CS2810 — server/controllers/menu-controller.js before ec1d577 "fix: fix memory leak in menu-controller.js" (getAllMenuItems), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the release sits in the try after the awaited SELECT; a failed query jumps to the catch, which rethrows without releasing
const db = require("../db");
const pool = db.pool;

async function getAllMenuItems() {
  try {
    console.log("connecting");
    const client = await pool.connect();
    console.log("connected");
    const result = await client.query("SELECT * FROM menu");
    client.release();
    console.log("fetched");
    return result.rows;
  } catch (error) {
    throw new Error(`Error fetching menu items: ${error.message}`);
  }
}

module.exports = { getAllMenuItems };
