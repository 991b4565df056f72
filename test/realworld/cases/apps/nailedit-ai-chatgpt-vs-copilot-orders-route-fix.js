// Source: https://nailedit.ai/ko/battles/chatgpt-vs-copilot-debug-code (an AI assistant's answer to "works locally, ~30% `Connection terminated unexpectedly` in production": its fixed route), reduced by hand, not copied
// Label: safe
// Why: the answer's fix keeps both queries and the early 404 return inside a try whose finally releases; the catch answers 500
const express = require("express");
const { Pool } = require("pg");

const app = express();
const pool = new Pool();

app.get("/api/users/:id/orders", async (req, res) => {
  const { id } = req.params;
  const client = await pool.connect();
  try {
    const userResult = await client.query("SELECT * FROM users WHERE id = $1", [id]);
    if (!userResult.rows.length) {
      return res.status(404).json({ error: "User not found" });
    }
    const ordersResult = await client.query("SELECT * FROM orders WHERE user_id = $1 ORDER BY created_at DESC", [id]);
    res.json({ user: userResult.rows[0], orders: ordersResult.rows });
  } catch (err) {
    console.error("Query failed:", err);
    res.status(500).json({ error: "Internal server error" });
  } finally {
    client.release();
  }
});

module.exports = app;
