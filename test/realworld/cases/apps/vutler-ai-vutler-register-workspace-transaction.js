// Source: Vutler-ai/vutler — api/auth.js at ff556bb (registerHandler), reduced by hand, not copied
// Label: safe
// Why: a sign-up transaction (workspace, user, membership, owner, trial credit rows through helpers handed the client) released in a finally; provisioning runs after the release
const express = require("express");
const { getPool } = require("../lib/vaultbrix");
const { ensureManagedProvider, recordCreditTransaction } = require("../services/managedProviders");

const router = express.Router();

async function registerHandler(req, res) {
  try {
    const { email, password, name } = req.body;
    if (!email || !password) {
      return res.status(400).json({ success: false, error: "Email and password required" });
    }
    const pool = getPool();
    const cleanEmail = email.toLowerCase().trim();
    const existing = await pool.query("SELECT id FROM users_auth WHERE email = $1", [cleanEmail]);
    if (existing.rows.length) return res.status(409).json({ success: false, error: "User already exists" });

    const hash = await hashPassword(password);
    const client = await pool.connect();
    let user;
    let workspace = null;
    try {
      await client.query("BEGIN");
      const ws = await client.query(
        "INSERT INTO workspaces (name, plan) VALUES ($1, 'free') RETURNING id",
        [`${name || cleanEmail}'s Workspace`]
      );
      workspace = { id: ws.rows[0].id };
      const u = await client.query(
        "INSERT INTO users_auth (email, password_hash, name, workspace_id) VALUES ($1, $2, $3, $4) RETURNING id, email, name, role",
        [cleanEmail, hash, name || cleanEmail, workspace.id]
      );
      user = u.rows[0];
      await client.query(
        "INSERT INTO workspace_members (workspace_id, user_id, role) VALUES ($1, $2, 'owner')",
        [workspace.id, user.id]
      );
      if (process.env.TRIAL_KEY) {
        const provider = await ensureManagedProvider(client, workspace.id, { source: "trial" });
        await recordCreditTransaction(client, { workspaceId: workspace.id, type: "grant", provider });
      }
      await client.query("COMMIT");
    } catch (e) {
      await client.query("ROLLBACK");
      throw e;
    } finally {
      client.release();
    }

    if (workspace) {
      try {
        await provisionWorkspace(workspace.id);
      } catch (err) {
        console.warn("[AUTH] provisioning warning:", err.message);
      }
    }
    res.json({ success: true, token: generateJWT(user) });
  } catch (err) {
    console.error("[AUTH] Register error:", err.message);
    res.status(500).json({ success: false, error: "Registration failed" });
  }
}

async function hashPassword(password) {
  return password;
}

function generateJWT(user) {
  return String(user.id);
}

async function provisionWorkspace(id) {
  return id;
}

router.post("/register", registerHandler);
module.exports = router;
