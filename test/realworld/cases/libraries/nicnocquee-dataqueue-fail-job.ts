// Source: nicnocquee/dataqueue — packages/dataqueue/src/backends/postgres.ts (PostgresBackend.failJob), reduced by hand, not copied
// Label: safe
// Why: BEGIN, the updates, a helper that takes the client and COMMIT all run inside the try; the catch awaits a ROLLBACK that can itself reject, but the finally releases on every path
import type { Pool, PoolClient } from "pg";

function log(message: string): void {
  if (process.env.DEBUG) console.log(message);
}

export class PostgresBackend {
  constructor(private pool: Pool) {}

  private async propagateDependencyCancellations(client: PoolClient, ids: number[]): Promise<void> {
    await client.query("UPDATE job_queue SET status = 'cancelled' WHERE $1 && depends_on_job_ids", [ids]);
  }

  async failJob(jobId: number, error: Error): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const result = await client.query(
        `UPDATE job_queue SET status = 'failed', updated_at = NOW(), error_history = error_history || $2::jsonb
         WHERE id = $1 RETURNING attempts, max_attempts, dead_letter_job_type`,
        [jobId, JSON.stringify([{ message: error.message }])],
      );
      let deadLetterJobId: number | null = null;
      const row = result.rows[0];
      if (row && row.attempts >= row.max_attempts && row.dead_letter_job_type) {
        const dl = await client.query("INSERT INTO job_queue (job_type, payload) VALUES ($1, $2) RETURNING id", [
          row.dead_letter_job_type,
          { failedJobId: jobId },
        ]);
        deadLetterJobId = dl.rows[0].id;
      }
      await client.query("INSERT INTO job_events (job_id, event_type, metadata) VALUES ($1, 'failed', $2)", [
        jobId,
        JSON.stringify({ message: error.message, deadLetterJobId }),
      ]);
      await this.propagateDependencyCancellations(client, [jobId]);
      await client.query("COMMIT");
      log(`Failed job ${jobId}`);
    } catch (err) {
      await client.query("ROLLBACK");
      log(`Error failing job ${jobId}: ${err}`);
      throw err;
    } finally {
      client.release();
    }
  }
}
