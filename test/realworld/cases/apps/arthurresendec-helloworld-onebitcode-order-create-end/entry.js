// Source: ArthurResendeC/HelloWorld — Cursos/Onebitcode/Prisma/04-API_com_Db/src/models/Order.js (Order.create), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the order transaction's finally calls `dbClient.end()` on the pooled client instead of `release()`: the connection closes but pg-pool never gets the client back, so each order keeps one of the pool's slots (Order.delete in the same file releases)
const { query, getClient } = require("./database");

class Order {
  constructor(row, customer, products) {
    Object.assign(this, row, { customer, products });
  }

  static async create(customer_id, orderProducts) {
    const dbClient = await getClient();
    let response;
    let storedOrderProducts;

    try {
      storedOrderProducts = await query("SELECT * FROM products WHERE id = ANY($1::int[]);", [orderProducts.map(({ productId }) => productId)]);
      if (!storedOrderProducts || storedOrderProducts.length === 0) {
        return { error: "Nenhum produto encontrado com os IDs fornecidos" };
      }
      let orderTotal = 0;
      for (const row of storedOrderProducts) {
        const { quantity } = orderProducts.find((product) => product.productId === +row.id);
        orderTotal += +row.price * quantity;
      }

      await dbClient.query("BEGIN");
      const orderCreationResult = await dbClient.query("INSERT INTO orders (customer_id, total) VALUES ($1, $2) RETURNING *;", [customer_id, orderTotal]);
      const order = new Order(orderCreationResult.rows[0], null, storedOrderProducts);
      for (const row of storedOrderProducts) {
        await dbClient.query("INSERT INTO order_products (order_id, product_id) VALUES ($1, $2);", [order.id, row.id]);
      }
      await dbClient.query("COMMIT");
      response = order;
    } catch (error) {
      await dbClient.query("ROLLBACK");
      response = { error: error.message };
      console.log(error);
    } finally {
      dbClient.end();
    }

    return response;
  }
}

module.exports = Order;
