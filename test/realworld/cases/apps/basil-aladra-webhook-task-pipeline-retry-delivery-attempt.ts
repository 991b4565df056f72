// Source: Basil-Aladra/webhook-task-pipeline — apps/api/src/modules/jobs/jobs.repository.ts at bada6eba (retryDeliveryAttempt), reduced by hand, not copied
// Label: safe
// Why: `FOR UPDATE OF da, j`, the ROLLBACK-and-return for an unknown attempt, the 409 `throw` for an attempt that did not fail, the updates and COMMIT all run in a `try` whose `catch` rolls back and rethrows and whose `finally` releases
import { pool } from "../../db/pool";

export class JobsRepositoryError extends Error {
  constructor(public readonly status: number, public readonly code: string, message: string, public readonly details?: unknown) {
    super(message);
  }
}

export async function retryDeliveryAttempt(jobId: string, attemptId: number) {
  const client = await pool.connect();

  try {
    await client.query("BEGIN");

    const attemptResult = await client.query<{ id: number; attempt_status: string; job_status: string }>(
      `SELECT da.id, da.status AS attempt_status, j.status AS job_status
       FROM delivery_attempts da INNER JOIN jobs j ON j.id = da.job_id
       WHERE da.job_id = $1 AND da.id = $2 FOR UPDATE OF da, j`,
      [jobId, attemptId],
    );

    if (attemptResult.rowCount === 0) {
      await client.query("ROLLBACK");
      return null;
    }

    const attempt = attemptResult.rows[0];
    if (attempt.attempt_status !== "failed_retryable" && attempt.attempt_status !== "failed_final") {
      throw new JobsRepositoryError(409, "DELIVERY_ATTEMPT_NOT_RETRYABLE", "Only failed delivery attempts can be retried manually.", { status: attempt.attempt_status });
    }

    await client.query("UPDATE delivery_attempts SET status = 'failed_retryable', next_retry_at = now() WHERE id = $1", [attemptId]);

    let nextJobStatus = attempt.job_status;
    if (attempt.job_status === "failed_delivery") {
      await client.query("UPDATE jobs SET status = 'processed', completed_at = NULL, updated_at = now() WHERE id = $1", [jobId]);
      await client.query(
        "INSERT INTO job_status_history (job_id, from_status, to_status, reason, actor, changed_at) VALUES ($1, $2, $3, $4, $5, now())",
        [jobId, "failed_delivery", "processed", "Manual delivery retry requested from dashboard.", "api"],
      );
      nextJobStatus = "processed";
    }

    await client.query("COMMIT");
    return { jobId, attemptId, status: nextJobStatus };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
