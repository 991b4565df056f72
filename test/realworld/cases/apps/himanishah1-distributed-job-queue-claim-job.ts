// Source: HimaniShah1/distributed-job-queue — src/jobs/claim-job.ts (claimJob), reduced by hand, not copied
// Label: safe
// Why: the empty-queue branch commits and returns inside the try; every path goes through the finally that releases
import { pool } from "../db/pool";
import type { Job } from "./types";

export const claimJob = async (workerId: string): Promise<Job | null> => {
  const client = await pool.connect();

  try {
    await client.query("BEGIN");
    const result = await client.query<Job>(
      "SELECT * FROM jobs WHERE status = 'pending' AND run_at <= now() ORDER BY priority DESC, created_at LIMIT 1 FOR UPDATE SKIP LOCKED",
    );
    if (result.rows.length === 0) {
      await client.query("COMMIT");
      return null;
    }
    const job = result.rows[0];
    const updated = await client.query<Job>("UPDATE jobs SET status = 'running', locked_by = $1, attempt_number = attempt_number + 1 WHERE id = $2 RETURNING *", [workerId, job.id]);
    await client.query("COMMIT");
    return updated.rows[0];
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
};
