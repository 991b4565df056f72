// Source: RenanSousa0101/cursos — onebitcode/nodejs-sql-prisma-orm/06-relacionamentos/src/models/Order.js at 13a4455 (Order.create), reduced by hand, not copied
// Label: safe
// Why: a Brazilian course's order model takes its transaction client from the module's own `getClient()` (which returns `pool.connect()`), turns a failure into a message after ROLLBACK, and releases in the finally before returning
const { getClient } = require("./database");

class Order {
  static async create(customerId, orderProducts) {
    // (a consulta dos preços pelo `query` do módulo fica de fora da redução)
    const orderTotal = orderProducts.reduce((total, product) => total + product.price * product.quantity, 0);

    // precisamos obter um cliente específico da pool para executar todas as queries da transaction nele
    const dbClient = await getClient();
    let response;
    try {
      await dbClient.query("BEGIN");
      const orderCreationResult = await dbClient.query(
        "INSERT INTO orders (customer_id, total) VALUES ($1, $2) RETURNING *;",
        [customerId, orderTotal],
      );
      const order = orderCreationResult.rows[0];
      for (const entry of orderProducts) {
        await dbClient.query("INSERT INTO order_products (order_id, product_id, quantity) VALUES ($1, $2, $3);", [
          order.id,
          entry.id,
          entry.quantity,
        ]);
      }
      await dbClient.query("COMMIT");
      response = order;
    } catch (error) {
      await dbClient.query("ROLLBACK");
      response = { message: `Error while creating order: ${error.message}` };
    } finally {
      dbClient.release();
    }

    return response;
  }
}

module.exports = Order;
