// Source: Vutler-ai/vutler — api/onboarding.js at bef6c26^ (POST /complete, before "refactor: rename openclaw → local-agent"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: the two early exits release the client and `return res.status(…)` from inside the try, and the finally calls `client.release()` again: pg throws "Release called on client which has already been released to the pool." out of the route's finally on every unauthenticated or invalid request
const express = require("express");
const pool = require("./lib/vaultbrix");
const sniparaService = require("./services/sniparaService");

const router = express.Router();
const SCHEMA = "tenant_vutler";

router.post("/complete", async (req, res) => {
  const client = await pool.connect();
  try {
    if (!req.userId) { client.release(); return res.status(401).json({ success: false, error: "Not authenticated" }); }

    const { workspaceName, categories, plan } = req.body;
    if (!workspaceName || !categories || !Array.isArray(categories)) {
      client.release();
      return res.status(400).json({ success: false, error: "workspaceName and categories are required" });
    }

    await client.query("BEGIN");
    let sniparaProjectId = null;
    try {
      const sniparaProject = await sniparaService.createProject(workspaceName);
      sniparaProjectId = sniparaProject.project_id;
    } catch (sniparaErr) {
      console.error("[ONBOARDING] Snipara provisioning failed (non-blocking):", sniparaErr.message);
    }
    const wsResult = await client.query(
      `INSERT INTO ${SCHEMA}.workspaces (id, name, owner_id, plan, snipara_project_id) VALUES (gen_random_uuid(), $1, $2, $3, $4) RETURNING *`,
      [workspaceName, req.userId, plan || "free", sniparaProjectId]
    );
    const workspace = wsResult.rows[0];
    await client.query(`INSERT INTO ${SCHEMA}.workspace_members (id, workspace_id, user_id, role) VALUES (gen_random_uuid(), $1, $2, 'owner')`, [workspace.id, req.userId]);
    await client.query("COMMIT");
    res.json({ success: true, data: { workspace: { id: workspace.id, name: workspace.name } } });
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    res.status(500).json({ success: false, error: err.message });
  } finally {
    client.release();
  }
});

module.exports = router;
