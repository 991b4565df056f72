// Source: pda-freddi/ecommerce-api — routes/order/orderQueries.js (createOrder), reduced by hand, not copied
// Label: safe
// Why: the client comes from db.getClient() (config/database.js: `const client = await pool.connect(); return client;`); the two pool queries run before it, BEGIN and the awaited Promise.all of per-item inserts sit in the try, ROLLBACK in the catch and the release in the finally
const db = require("./db");

const createOrder = async (address, customerId, shoppingSessionId) => {
  const sessions = (await db.query("SELECT * FROM shopping_session WHERE id = $1;", [shoppingSessionId])).rows;
  const cartItems = (await db.query("SELECT * FROM cart_item WHERE shopping_session_id = $1;", [shoppingSessionId])).rows;

  const client = await db.getClient();
  try {
    await client.query("BEGIN;");
    const { rows: addresses } = await client.query(
      "INSERT INTO shipping_address (address_line1, city, country) VALUES ($1, $2, $3) RETURNING id;",
      [address.addressLine1, address.city, address.country],
    );
    const { rows: orders } = await client.query(
      "INSERT INTO order_details (customer_id, shipping_address_id, total) VALUES ($1, $2, $3) RETURNING id;",
      [customerId, addresses[0].id, sessions[0].total],
    );
    const orderId = orders[0].id;
    await Promise.all(cartItems.map(async (item) => {
      await client.query("INSERT INTO order_items (order_id, product_id, quantity) VALUES ($1, $2, $3);", [orderId, item.product_id, item.quantity]);
    }));
    await Promise.all(cartItems.map(async (item) => {
      await client.query("DELETE FROM cart_item WHERE id = $1;", [item.id]);
    }));
    await client.query("UPDATE shopping_session SET total = 0 WHERE id = $1;", [shoppingSessionId]);
    await client.query("COMMIT;");
    return orderId;
  } catch (err) {
    await client.query("ROLLBACK;");
    throw err;
  } finally {
    client.release();
  }
};

module.exports = { createOrder };
