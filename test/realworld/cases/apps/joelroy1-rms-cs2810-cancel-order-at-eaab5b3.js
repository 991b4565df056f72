// Source: JoelRoy1/RMS-CS2810 — server/controllers/order-controllers.js at eaab5b3 "fix: fix memory leak in order-controller.js" (cancelOrder), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the 'fix' moved the release into a finally, but `client` is a const of the try block: in the finally it is out of scope (no outer `client`), so `client.release()` throws a ReferenceError and no path releases
const db = require("../db");
const pool = db.pool;

async function cancelOrder(orderId) {
  try {
    console.log("cancelling");
    const client = await pool.connect();
    console.log("connected");
    await client.query("DELETE FROM orders WHERE order_id = $1", [orderId]);
    console.log("cancelled");
  } catch (error) {
    console.error(`Error cancelling order: ${error.message}`);
  } finally {
    client.release();
  }
}

module.exports = { cancelOrder };
