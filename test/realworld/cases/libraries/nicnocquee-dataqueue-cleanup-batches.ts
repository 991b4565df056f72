// Source: nicnocquee/dataqueue — packages/dataqueue/src/backends/postgres.ts (PostgresBackend.cleanupOldJobs), reduced by hand, not copied
// Label: safe
// Why: each turn of the do…while checks out a client and releases it in the finally of its own try; the outer catch only logs and rethrows
import type { Pool } from "pg";

function log(message: string): void {
  if (process.env.DEBUG) console.log(message);
}

export class PostgresBackend {
  constructor(private pool: Pool) {}

  async cleanupOldJobs(daysToKeep = 30, batchSize = 1000): Promise<number> {
    let totalDeleted = 0;
    try {
      let deletedInBatch: number;
      do {
        const client = await this.pool.connect();
        try {
          const result = await client.query(
            `DELETE FROM job_queue WHERE id IN (
               SELECT id FROM job_queue
               WHERE status = 'completed' AND updated_at < NOW() - INTERVAL '1 day' * $1::int
               LIMIT $2)`,
            [daysToKeep, batchSize],
          );
          deletedInBatch = result.rowCount || 0;
          totalDeleted += deletedInBatch;
        } finally {
          client.release();
        }
      } while (deletedInBatch === batchSize);
      log(`Deleted ${totalDeleted} old jobs`);
      return totalDeleted;
    } catch (error) {
      log(`Error cleaning up old jobs: ${error}`);
      throw error;
    }
  }
}
