// Source: rgomera/GomeraLahoraPrelimExam — GL_trans3.js, reduced by hand, not copied
// Label: safe
// Why: a script's cancelled order throws a string inside the try; the catch rolls back and rethrows, and the finally releases on every path
const pool = require("./db");

(async () => {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const isCustomerCancel = true;
    await client.query("INSERT INTO line_items (po_id, prod_id, quantity, price) VALUES ($1, $2, $3, $4) RETURNING *", [2, 4, 1, 1500]);
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
