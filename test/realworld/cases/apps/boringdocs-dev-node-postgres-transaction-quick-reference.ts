// Source: https://boringdocs.dev/docs/relational-databases-and-sql/connecting-nodejs-to-postgresql-node-postgres-pg (the Quick Reference's transaction, "Last verified: May 2025"), reduced by hand, not copied
// Label: safe
// Why: the quick-reference transaction checks out before the try, rolls back and rethrows in the catch and releases in the finally
import { Pool } from "pg";

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: 20,
  idleTimeoutMillis: 30000,
  connectionTimeoutMillis: 2000,
});

export async function moveStock(productId: number, quantity: number): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("UPDATE products SET stock = stock - $1 WHERE id = $2", [quantity, productId]);
    await client.query("INSERT INTO stock_moves (product_id, quantity) VALUES ($1, $2)", [productId, quantity]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
