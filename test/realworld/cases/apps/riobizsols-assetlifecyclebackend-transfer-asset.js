// Source: riobizsols/AssetLifecycleBackend — controllers/costCenterTransferController.js (transferAsset; the repository's DB_CONNECTION_FIX.md reports "sorry, too many clients already"), reduced by hand, not copied
// Label: safe
// Why: every early 400/404 return, the ROLLBACKs and the catch are inside the try whose finally releases
const db = require("../config/db");

module.exports = {
  transferAsset: async (req, res) => {
    const dbPool = req.db || db;
    const client = await dbPool.connect();

    try {
      const { asset_id, branch_id } = req.body;
      const { org_id } = req.user;

      if (!asset_id || !branch_id) {
        return res.status(400).json({ error: "Missing required fields" });
      }

      await client.query("BEGIN");

      const assetCheck = await client.query(
        'SELECT asset_id, branch_id FROM "tblAssets" WHERE asset_id = $1 AND org_id = $2',
        [asset_id, org_id],
      );
      if (assetCheck.rows.length === 0) {
        await client.query("ROLLBACK");
        return res.status(404).json({ error: "Asset not found" });
      }

      const updateResult = await client.query(
        'UPDATE "tblAssets" SET branch_id = $1 WHERE asset_id = $2 AND org_id = $3 RETURNING *',
        [branch_id, asset_id, org_id],
      );

      await client.query("COMMIT");

      res.json({ message: "Asset transferred successfully", asset: updateResult.rows[0] });
    } catch (error) {
      await client.query("ROLLBACK");
      console.error("Error transferring asset:", error);
      res.status(500).json({ error: "Failed to transfer asset", message: error.message });
    } finally {
      client.release();
    }
  },
};
