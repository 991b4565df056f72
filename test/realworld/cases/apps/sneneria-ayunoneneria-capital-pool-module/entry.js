// Source: sneneria/AyunoNeneria — AN_trans5.js, reduced by hand, not copied
// Label: safe
// Why: the pool instance is imported under the class's name `Pool` from a local module; the script's transaction releases in finally
const Pool = require("./db1");

(async () => {
  const client = await Pool.connect();
  try {
    await client.query("BEGIN");
    const res = await client.query("SELECT * FROM purchased_orders");
    res.rows.forEach((row) => console.log(`SUPPLIER ID: ${row.supp_id}, STATUS: ${row.po_status}`));
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
})().catch((e) => console.error(e.stack));
