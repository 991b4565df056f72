// Source: pda-freddi/ecommerce-api — routes/order/orderQueries.js (deleteOrderById), reduced by hand, not copied
// Label: safe
// Why: the order's address is looked up through db.query() before the checkout; the client from db.getClient() then runs BEGIN, two deletes and COMMIT in a try whose catch rolls back and rethrows and whose finally releases
const db = require("./db");

const deleteOrderById = async (orderId) => {
  const shippingAddressId = (await db.query("SELECT shipping_address_id FROM order_details WHERE id = $1;", [orderId])).rows[0].shipping_address_id;
  const client = await db.getClient();
  try {
    await client.query("BEGIN;");
    await client.query("DELETE FROM order_details WHERE id = $1;", [orderId]);
    await client.query("DELETE FROM shipping_address WHERE id = $1;", [shippingAddressId]);
    await client.query("COMMIT;");
    return true;
  } catch (err) {
    await client.query("ROLLBACK;");
    throw err;
  } finally {
    client.release();
  }
};

module.exports = { deleteOrderById };
