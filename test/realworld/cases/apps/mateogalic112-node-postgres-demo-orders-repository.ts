// Source: mateogalic112/node-postgres-demo — src/orders/orders.repository.ts (OrderRepository.createOrderWithOrderDetails), reduced by hand, not copied
// Label: safe
// Why: the client from `this.DB.getClient()` (an interface resolved through a path alias) is released in the finally on every path
import { DatabaseService } from "interfaces/database.interface";

export class OrderRepository {
  constructor(private readonly DB: DatabaseService) {}

  public async createOrderWithOrderDetails(userId: number, lineItems: Array<{ productId: number; quantity: number }>) {
    const client = await this.DB.getClient();
    try {
      await client.query("BEGIN");
      const orderResult = await client.query("INSERT INTO orders (buyer_id) VALUES ($1) RETURNING *", [userId]);
      const order = orderResult.rows[0];
      const details = await client.query(
        "INSERT INTO order_details (order_id, product_id, quantity) SELECT $1, unnest($2::int[]), unnest($3::int[]) RETURNING *",
        [order.id, lineItems.map((i) => i.productId), lineItems.map((i) => i.quantity)],
      );
      if (details.rows.length !== lineItems.length) throw new Error("One or more products in the order do not exist");
      await client.query("COMMIT");
      return { ...order, order_details: details.rows };
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }
}
