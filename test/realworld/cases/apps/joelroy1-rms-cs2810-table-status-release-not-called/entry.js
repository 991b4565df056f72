// Source: JoelRoy1/RMS-CS2810 — server/controllers/table-controller.js (displayTableStatus), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the `finally` reads `client.release` without calling it, so every call keeps its client checked out
const db = require("./db");
const pool = db.pool;

async function tableStatus() {
  let client;
  try {
    client = await pool.connect();
    const result = await client.query(
      "SELECT t.table_number, c.name, o.status FROM tables t JOIN customers c ON t.customer_id = c.id LEFT JOIN orders o ON o.customer_id = c.id",
    );
    return result.rows;
  } catch (error) {
    console.error("table status failed", error);
  } finally {
    if (client) {
      client.release;
    }
  }
}

module.exports = { tableStatus };
