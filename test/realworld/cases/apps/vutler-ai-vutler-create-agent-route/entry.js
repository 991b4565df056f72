// Source: Vutler-ai/vutler — api/agents.js at ff556bb (POST /api/v1/agents), reduced by hand, not copied
// Label: safe
// Why: `let client = null` is declared before the route's try and the checkout is assigned inside it; every early `return res.status(…)` after a ROLLBACK and every throw passes through the finally's `client?.release?.()` (an optional call, skipped only when the checkout itself failed)
const express = require("express");
const crypto = require("crypto");
const pool = require("./lib/vaultbrix");

const router = express.Router();
const SCHEMA = "tenant_vutler";
const MAX_SKILLS = 8;

router.post("/", async (req, res) => {
  let client = null;
  try {
    const { name, username, type, template_id, capabilities = [] } = req.body || {};
    if (!name || !username) return res.status(400).json({ success: false, error: "name and username required" });

    const ws = req.workspaceId;
    client = await pool.connect();
    await client.query("BEGIN");
    const agentId = crypto.randomUUID();

    const wsPlan = await client.query(`SELECT plan FROM ${SCHEMA}.workspaces WHERE id = $1 LIMIT 1`, [ws]);
    const plan = String(wsPlan.rows[0]?.plan || "free").toLowerCase();
    if (plan === "free" && String(type || "bot") !== "coordinator") {
      await client.query("ROLLBACK");
      return res.status(403).json({ success: false, error: "Free plan allows only the Coordinator." });
    }
    if (template_id) {
      const tmpl = await client.query(`SELECT model FROM ${SCHEMA}.marketplace_templates WHERE id = $1`, [template_id]);
      if (tmpl.rows.length === 0) {
        await client.query("ROLLBACK");
        return res.status(404).json({ success: false, error: "Template not found" });
      }
    }
    if (capabilities.length > MAX_SKILLS) {
      await client.query("ROLLBACK");
      return res.status(400).json({ success: false, error: `Maximum ${MAX_SKILLS} skills allowed` });
    }
    const created = await client.query(`INSERT INTO ${SCHEMA}.agents (id, workspace_id, name, username) VALUES ($1, $2, $3, $4) RETURNING *`, [agentId, ws, name, username]);
    await client.query("COMMIT");
    res.status(201).json({ success: true, agent: created.rows[0] });
  } catch (err) {
    if (client) {
      try {
        await client.query("ROLLBACK");
      } catch (_) {}
    }
    res.status(err.statusCode || 500).json({ success: false, error: err.message });
  } finally {
    client?.release?.();
  }
});

module.exports = router;
