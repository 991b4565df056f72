// Source: moumitasithy/HOSPITAL-MANAGEMENT-SYSTEM-NEW — backend/server.js (POST start-service route), reduced by hand, not copied
// Label: safe
// Why: the role check returns before the checkout; the missing-patient return rolls back inside the try, the catch rolls back, the finally releases
const express = require("express");
const pool = require("./db");

const app = express();

app.post("/api/services/start", async (req, res) => {
  if (req.userRole !== "Doctor") {
    return res.status(403).json({ success: false, message: "Access denied." });
  }
  const { patient_id, doctor_id } = req.body;
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const patientRes = await client.query("SELECT * FROM patients WHERE patient_id = $1", [patient_id]);
    if (patientRes.rows.length === 0) {
      await client.query("ROLLBACK");
      return res.status(404).json({ error: "Patient not found" });
    }
    const funcRes = await client.query("SELECT start_patient_service_fn($1, $2) AS service_id", [patient_id, doctor_id]);
    await client.query("COMMIT");
    res.json({ success: true, patient: patientRes.rows[0], service_id: funcRes.rows[0].service_id });
  } catch (err) {
    await client.query("ROLLBACK");
    res.status(500).json({ error: "Server error" });
  } finally {
    client.release();
  }
});
