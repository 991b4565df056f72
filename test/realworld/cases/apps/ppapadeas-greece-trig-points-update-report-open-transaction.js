// Source: ppapadeas/greece-trig-points — backend/src/services/points.service.js (updateReport, as quoted in issue #12 "Pool connections leaked 'idle in transaction': early return after BEGIN without ROLLBACK"), reduced by hand, not copied
// Label: safe
// Why: the issue calls it a pool leak, but the finally releases on every path, the ownership check's bare `return null` included; what goes back to the pool there is a client still inside BEGIN (idle in transaction), a defect no leak rule claims to see
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

const updateReport = async ({ reportId, userId, status, comment }) => {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const existing = await client.query("SELECT * FROM reports WHERE id = $1 AND user_id = $2", [reportId, userId]);
    if (existing.rows.length === 0) return null;

    const updated = await client.query(
      "UPDATE reports SET status = $1, comment = $2, updated_at = NOW() WHERE id = $3 RETURNING *",
      [status, comment, reportId],
    );
    await client.query("UPDATE points SET status = $1, updated_at = NOW() WHERE id = $2", [status, existing.rows[0].point_id]);
    await client.query("COMMIT");
    return updated.rows[0];
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
};

module.exports = { updateReport };
