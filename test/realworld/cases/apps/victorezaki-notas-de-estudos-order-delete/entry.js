// Source: VictorEzaki/notas-de-estudos — sql-no-nodejs-e-prima-orm/api-com-banco-de-dados/src/models/Order.js (Order.delete), reduced by hand, not copied
// Label: safe
// Why: the client comes from getClient (destructured from require("../database"), which returns `pool.connect()`); the transaction runs in a try whose finally releases, the catch's ROLLBACK included
const { query, getClient } = require("./database");

class Order {
  static async delete(id) {
    const dbClient = await getClient();
    let result;
    try {
      await dbClient.query("BEGIN");
      await dbClient.query("DELETE FROM order_products WHERE order_id = $1", [id]);
      await dbClient.query("DELETE FROM orders WHERE id = $1", [id]);
      await dbClient.query("COMMIT");
      result = { message: "Order deleted successfully" };
    } catch (error) {
      await dbClient.query("ROLLBACK");
      result = { message: "Error while deleting order" };
    } finally {
      dbClient.release();
    }
    return result;
  }

  static async count() {
    return (await query("SELECT count(*) FROM orders")).rows[0].count;
  }
}

module.exports = Order;
