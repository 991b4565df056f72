// Source: moumitasithy/HOSPITAL-MANAGEMENT-SYSTEM-NEW — backend/server.js (PUT approve-doctor route), reduced by hand, not copied
// Label: safe
// Why: the JSON.parse calls that may throw, the stored procedure and the delete all run in the try; the missing-row return rolls back first, the catch rolls back, the finally releases
const express = require("express");
const pool = require("./db");

const app = express();

app.put("/api/admin/doctors/:id/approve", async (req, res) => {
  if (req.userRole !== "Admin") {
    return res.status(403).json({ success: false, message: "Access denied." });
  }
  const { id } = req.params;
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const pending = await client.query("SELECT * FROM pending_doctors WHERE pending_id = $1", [id]);
    if (pending.rows.length === 0) {
      await client.query("ROLLBACK");
      return res.status(404).json({ error: "doctor not found" });
    }
    const d = pending.rows[0];
    const spec = Array.isArray(d.specialization) ? d.specialization : JSON.parse(d.specialization || "[]");
    await client.query("CALL create_account($1, $2, $3, $4)", [d.name, d.email, "Doctor", spec]);
    await client.query("DELETE FROM pending_doctors WHERE pending_id = $1", [id]);
    await client.query("COMMIT");
    res.json({ success: true });
  } catch (err) {
    await client.query("ROLLBACK");
    res.status(500).json({ error: err.message });
  } finally {
    client.release();
  }
});
