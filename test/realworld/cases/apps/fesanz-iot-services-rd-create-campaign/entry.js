// Source: FeSanz/iot-services-rd — services/fusion/campaigns.js at 288cc71 (POST /campaigns), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client is checked out before the `organization_id` check, whose `return res.status(400)` leaves before the try, so its finally never releases it
const express = require("express");
const pool = require("./pool");
const { authenticateToken } = require("./auth");

const router = express.Router();

router.post("/campaigns", authenticateToken, async (req, res) => {
  const { code, name, start_date, end_date, work_center_id, organization_id } = req.body;
  const client = await pool.connect();

  if (!organization_id) {
    return res.status(400).json({ errorsExistFlag: true, message: "organization_id es requerido" });
  }

  try {
    const result = await client.query(
      `INSERT INTO mes_campaigns (organization_id, code, name, start_date, end_date, work_center_id)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING campaign_id`,
      [organization_id, code, name, start_date, end_date, work_center_id]
    );
    res.status(201).json({ errorsExistFlag: false, campaign_id: result.rows[0].campaign_id });
  } catch (error) {
    console.error("Error al crear campaña:", error);
    res.status(404).json({ errorsExistFlag: true, message: "Error al crear campaña" });
  } finally {
    client.release();
  }
});

module.exports = router;
