// Source: eadraque/LactaoenCortezPrelimExam — LC_trans3.js, reduced by hand, not copied
// Label: safe
// Why: the script throws a string to cancel the order inside the try; the catch rolls back and rethrows, the finally releases on every path
const pool = require("./db");

(async () => {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const isCustomerCancel = true;
    await client.query('INSERT INTO "LC_lineItem" (po_id, prod_id, quantity) VALUES ($1, $2, $3)', [4, 4, 1]);
    if (isCustomerCancel) {
      throw "\nERROR: Customer Order Canceled!!";
    }
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK");
    console.error(e);
    throw e;
  } finally {
    client.release();
  }
})().catch((e) => console.error(e.stack));
