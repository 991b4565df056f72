// Source: longk123/Luan-Van-Tot-Nghiep-K47-Cofffee-Shop — backend/src/repositories/batchInventoryRepository.js (createBatch), reduced by hand, not copied
// Label: safe
// Why: a repository method: BEGIN, the batch-code function, a lookup that throws when the ingredient is missing, the insert and COMMIT are in the try; the catch rolls back and rethrows, the finally releases
import { pool } from "./db.js";

export default {
  async createBatch({ ingredientId, quantity, unitPrice, receivedAt = null }) {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const { rows: [{ code }] } = await client.query("SELECT generate_batch_code($1) AS code", [ingredientId]);
      const { rows: [ingredient] } = await client.query("SELECT unit FROM ingredients WHERE id = $1", [ingredientId]);
      if (!ingredient) {
        throw new Error(`Ingredient ${ingredientId} not found`);
      }
      const { rows: [batch] } = await client.query(
        "INSERT INTO batch_inventory (batch_code, ingredient_id, quantity, unit, unit_price, received_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *",
        [code, ingredientId, quantity, ingredient.unit, unitPrice, receivedAt || new Date()],
      );
      await client.query("COMMIT");
      return batch;
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  },
};
