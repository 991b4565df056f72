// Source: Mourya2044/Job-Queue — src/jobs/jobRepo.js (claimJob), reduced by hand, not copied
// Label: safe
// Why: SKIP LOCKED claim in a transaction inside try; catch rolls back and rethrows, finally releases
import pool from "../db/db.js";

export const claimJob = async () => {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await client.query(`
      UPDATE jobs SET status = 'RUNNING', started_at = now()
      WHERE id = (SELECT id FROM jobs WHERE status = 'PENDING' ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING *`);
    await client.query("COMMIT");
    return result.rows[0] || null;
  } catch (error) {
    await client.query("ROLLBACK");
    console.error("claimJob error", error);
    throw error;
  } finally {
    client.release();
  }
};
