// Source: Vijay-Software-Solutions-pvt-Ltd/Devops-Team — Exam/server/src/routes/auth/auth.js (POST /register), reduced by hand, not copied
// Label: safe
// Why: the per-user loop throws on a missing field inside the try; the catch rolls back and may `return` a 400, and the finally releases on that path too
const express = require("express");
const { v4: uuidv4 } = require("uuid");
const db = require("./db");
const { hashPassword } = require("./hash");

const router = express.Router();

router.post("/register", async (req, res) => {
  const users = Array.isArray(req.body) ? req.body : [req.body];
  const client = await db.connect();
  try {
    await client.query("BEGIN");
    const created = [];
    for (const user of users) {
      if (!user.email || !user.password) {
        throw new Error("Missing email or password");
      }
      const hashed = await hashPassword(user.password);
      const inserted = await client.query("INSERT INTO exam.users (id, email, password_hash) VALUES ($1, $2, $3) RETURNING id, email", [uuidv4(), user.email, hashed]);
      created.push(inserted.rows[0]);
    }
    await client.query("COMMIT");
    res.json({ success: true, count: created.length, users: created });
  } catch (err) {
    await client.query("ROLLBACK");
    if (err.code === "23505") {
      return res.status(400).json({ error: "Email already registered" });
    }
    res.status(500).json({ error: "Failed to register users" });
  } finally {
    client.release();
  }
});

module.exports = router;
