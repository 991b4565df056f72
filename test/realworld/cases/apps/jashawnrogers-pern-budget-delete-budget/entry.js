// Source: JashawnRogers/pern-budget — apps/server/controller/budgetsController.js (deleteBudget), reduced by hand, not copied
// Label: safe
// Why: `client.query('BEGIN')` is not awaited, but the awaited SELECT queues behind it on the same client and every path releases in the finally after awaited queries
const pool = require("./dbEntry");

module.exports = {
  deleteBudget: async (req, res) => {
    const client = await pool.connect();
    try {
      if (!req.session.user) {
        return res.status(401).json({ error: "User not authorized" });
      }
      const userId = req.session.user.id;
      const budgetId = parseInt(req.params.id, 10);

      client.query("BEGIN");
      const check = await client.query("SELECT * FROM user_budgets WHERE user_id = $1 AND budget_id = $2", [userId, budgetId]);
      if (check.rowCount === 0) {
        await client.query("ROLLBACK");
        return res.status(404).json({ error: "Budget not found" });
      }
      await client.query("DELETE FROM user_budgets WHERE user_id = $1 AND budget_id = $2", [userId, budgetId]);
      await client.query("COMMIT");
      return res.status(200).json({ message: "Budget successfully deleted" });
    } catch (error) {
      await client.query("ROLLBACK");
      return res.status(500).json({ error: "Internal server error", message: error.message });
    } finally {
      client.release();
    }
  },
};
