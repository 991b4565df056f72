// Source: JashawnRogers/pern-budget — apps/server/controller/budgetsController.js (getAllBudgets), reduced by hand, not copied
// Label: safe
// Why: the per-budget queries run in `Promise.all(budgets.map(async …))`, which is awaited before COMMIT, and the finally releases
const pool = require("./dbEntry");

module.exports = {
  getAllBudgets: async (req, res) => {
    const client = await pool.connect();
    try {
      if (!req.session.user) {
        return res.status(401).json({ error: "User not authorized" });
      }
      const userId = req.session.user.id;
      await client.query("BEGIN");
      const budgetResult = await client.query("SELECT budget_id, category, amount_limit FROM user_budgets WHERE user_id = $1", [userId]);
      const enriched = await Promise.all(
        budgetResult.rows.map(async (budget) => {
          const spent = await client.query(
            "SELECT COALESCE(SUM(amount), 0) AS total_spent FROM transactions WHERE user_id = $1 AND category = $2",
            [userId, budget.category],
          );
          return { ...budget, total_spent: spent.rows[0].total_spent };
        }),
      );
      await client.query("COMMIT");
      return res.status(200).json(enriched);
    } catch (error) {
      await client.query("ROLLBACK");
      return res.status(500).json({ error: "Internal server error", message: error.message });
    } finally {
      client.release();
    }
  },
};
