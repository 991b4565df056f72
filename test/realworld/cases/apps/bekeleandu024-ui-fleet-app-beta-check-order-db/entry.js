// Source: bekeleandu024-ui/fleet-app-beta — check-order-db.js at 41d0d02 (checkOrder), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the diagnostic script releases only after its SELECT succeeds; when the query throws, the catch logs and the finally's `pool.end()` waits for a client that is never given back
const pool = require("./lib/db").default;

async function checkOrder() {
  try {
    const client = await pool.connect();
    const res = await client.query("SELECT * FROM orders WHERE order_number = 'ORD-10055'");
    console.log("Orders found:", res.rows);
    client.release();
  } catch (err) {
    console.error(err);
  } finally {
    await pool.end();
  }
}

checkOrder();
