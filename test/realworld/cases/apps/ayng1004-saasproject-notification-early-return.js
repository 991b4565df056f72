// Source: ayng1004/saasproject — event-ticket-saas/microservice-notifications/src/index.js (POST /api/notifications), reduced by hand, not copied
// Label: safe
// Why: validation answers before the checkout; after it, the early `return res.status(400)` for a missing template and the redis push all sit in a try whose finally releases
const express = require("express");
const Redis = require("ioredis");
const { Pool } = require("pg");

const app = express();
const pool = new Pool();
const redis = new Redis({ host: process.env.REDIS_HOST });

app.post("/api/notifications", async (req, res) => {
  const { user_id, type, data } = req.body;
  if (!user_id || !type || !data) {
    return res.status(400).json({ message: "User ID, notification type, and data are required" });
  }

  const client = await pool.connect();
  try {
    const templateResult = await client.query("SELECT * FROM notification_templates WHERE name = $1", [type]);
    if (templateResult.rows.length === 0) {
      return res.status(400).json({ message: `No template found for notification type: ${type}` });
    }
    const content = templateResult.rows[0].content.replace("{{firstName}}", data.firstName || "User");
    const inserted = await client.query("INSERT INTO notifications (user_id, type, content, status) VALUES ($1, $2, $3, $4) RETURNING id", [user_id, type, content, "pending"]);
    await redis.rpush("notification_queue", inserted.rows[0].id);
    res.status(201).json({ notification_id: inserted.rows[0].id });
  } catch (error) {
    console.error("Error creating notification:", error);
    res.status(500).json({ message: "Internal server error" });
  } finally {
    client.release();
  }
});
