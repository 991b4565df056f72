// Source: AlexandreFrancony/Bartending_Back — src/routes/ingredients.js at f561de5 (POST /bulk-update), reduced by hand, not copied
// Label: safe
// Why: the checkout sits inside the route's outer try, after the input check; the inner try commits, reads back the list and answers, the catch rolls back and rethrows to the outer catch, and the finally releases
import express from "express";
import pool from "../db/pool.js";
import { authenticateToken, requireAdmin } from "../middleware/auth.js";

const router = express.Router();

router.post("/bulk-update", authenticateToken, requireAdmin, async (req, res) => {
  try {
    const { ingredients } = req.body;

    if (!Array.isArray(ingredients)) {
      return res.status(400).json({ error: "ingredients must be an array" });
    }

    const client = await pool.connect();
    try {
      await client.query("BEGIN");

      for (const ing of ingredients) {
        await client.query("UPDATE available_ingredients SET in_stock = $1 WHERE id = $2", [ing.in_stock, ing.id]);
      }

      await client.query("COMMIT");

      const result = await client.query("SELECT * FROM available_ingredients ORDER BY name");
      console.log(`Bulk updated ${ingredients.length} ingredients`);
      res.json(result.rows);
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    } finally {
      client.release();
    }
  } catch (error) {
    console.error("Error POST /ingredients/bulk-update:", error.message);
    res.status(500).json({ error: "Failed to bulk update ingredients" });
  }
});

export default router;
