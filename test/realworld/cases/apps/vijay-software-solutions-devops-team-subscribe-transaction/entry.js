// Source: Vijay-Software-Solutions-pvt-Ltd/Devops-Team — Exam/server/src/routes/auth/auth.js (POST /subscribe), reduced by hand, not copied
// Label: safe
// Why: BEGIN and every insert run inside the try; the catch rolls back and the finally releases on every path
const express = require("express");
const { v4: uuidv4 } = require("uuid");
const db = require("./db");
const { hashPassword } = require("./hash");

const router = express.Router();

router.post("/subscribe", async (req, res) => {
  const { orgName, email, password, plan } = req.body;
  if (!orgName || !email || !password) {
    return res.status(400).json({ error: "Missing required fields" });
  }
  const client = await db.connect();
  try {
    await client.query("BEGIN");
    let usersLimit = 500;
    if (plan === "institutional") {
      usersLimit = 1000;
    }
    const orgId = uuidv4();
    await client.query("INSERT INTO exam.organizations (id, name, users_limit) VALUES ($1, $2, $3)", [orgId, orgName, usersLimit]);
    const hashed = await hashPassword(password);
    await client.query("INSERT INTO exam.users (id, email, password_hash, org_id) VALUES ($1, $2, $3, $4)", [uuidv4(), email, hashed, orgId]);
    await client.query("COMMIT");
    res.json({ success: true, org_id: orgId });
  } catch (err) {
    await client.query("ROLLBACK");
    console.error("subscribe failed", err.message);
    res.status(500).json({ error: "Subscription failed" });
  } finally {
    client.release();
  }
});

module.exports = router;
