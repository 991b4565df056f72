// Source: CarbonProspect/carbonprospect — server/routes/article6IdMappingRoutes.js at 19e73e7 (GET /legacy-id/:externalId), reduced by hand, not copied
// Label: safe
// Why: the route checks a client out of the shared raw pg pool only after validating its input, and every return inside the inner try — the mapping found, either 404, the new mapping — leaves through the finally that releases it; the outer catch only answers 500
const express = require("express");
const router = express.Router();
const pool = require("./pool");

router.get("/legacy-id/:externalId", async (req, res) => {
  try {
    const { externalId } = req.params;
    if (!externalId) {
      return res.status(400).json({ error: "External ID is required" });
    }
    const client = await pool.connect();
    try {
      const mappingResult = await client.query("SELECT numeric_id FROM article6_id_map WHERE external_id = $1", [externalId]);
      if (mappingResult.rows.length > 0) {
        res.json({ numericId: mappingResult.rows[0].numeric_id });
        return;
      }
      const originalResult = await client.query("SELECT id, name FROM article6_projects WHERE external_id = $1", [externalId]);
      if (originalResult.rows.length === 0) {
        res.status(404).json({ error: "External ID not found" });
        return;
      }
      const matchResult = await client.query("SELECT id FROM projects WHERE name = $1", [originalResult.rows[0].name]);
      if (matchResult.rows.length === 0) {
        res.status(404).json({ error: "No matching project found" });
        return;
      }
      const numericId = matchResult.rows[0].id;
      await client.query("INSERT INTO article6_id_map (external_id, numeric_id) VALUES ($1, $2) ON CONFLICT DO NOTHING", [externalId, numericId]);
      res.json({ numericId });
    } finally {
      client.release();
    }
  } catch (error) {
    console.error(error);
    res.status(500).json({ error: "Server error" });
  }
});

module.exports = router;
