// Source: nicnocquee/dataqueue — packages/dataqueue/src/backends/postgres.ts (PostgresBackend.addJob), reduced by hand, not copied
// Label: safe
// Why: the caller may pass its own client (`options.db`); only when it does not is one checked out (`externalClient ?? await this.pool.connect()`), and the finally releases exactly that case (`if (!externalClient)`); the catch's ROLLBACK sits in its own try, and the early `return` of an existing idempotent job passes through the finally
import type { Pool, PoolClient } from "pg";

type DatabaseClient = Pick<PoolClient, "query">;

interface AddJobOptions {
  db?: DatabaseClient;
}

async function validatePrerequisiteJobIdsExist(client: DatabaseClient, ids: number[]): Promise<void> {
  const res = await client.query("SELECT id FROM job_queue WHERE id = ANY($1)", [ids]);
  if (res.rowCount !== ids.length) throw new Error("dependsOn.jobIds: unknown job");
}

function log(message: string): void {
  if (process.env.DEBUG) console.log(message);
}

export class PostgresBackend {
  constructor(private pool: Pool) {}

  async addJob(
    job: { jobType: string; payload: unknown; idempotencyKey?: string; dependsOn?: number[] },
    options?: AddJobOptions,
  ): Promise<number> {
    const externalClient = options?.db;
    const client: DatabaseClient = externalClient ?? (await this.pool.connect());
    let manageTx = false;
    try {
      const deps = job.dependsOn ?? [];
      if (deps.some((id) => id < 0)) {
        throw new Error("dependsOn.jobIds: batch-relative ids are only supported in addJobs()");
      }
      if (deps.length) await validatePrerequisiteJobIdsExist(client, deps);
      manageTx = deps.length > 0 && !externalClient;
      if (manageTx) await client.query("BEGIN");

      const onConflict = job.idempotencyKey ? "ON CONFLICT (idempotency_key) DO NOTHING" : "";
      const result = await client.query(
        `INSERT INTO job_queue (job_type, payload, idempotency_key) VALUES ($1, $2, $3) ${onConflict} RETURNING id`,
        [job.jobType, job.payload, job.idempotencyKey ?? null],
      );
      if (result.rows.length === 0 && job.idempotencyKey) {
        const existing = await client.query("SELECT id FROM job_queue WHERE idempotency_key = $1", [job.idempotencyKey]);
        if (existing.rows.length > 0) {
          if (manageTx) await client.query("ROLLBACK");
          log(`Job with idempotency key "${job.idempotencyKey}" already exists, returning existing job`);
          return existing.rows[0].id;
        }
        if (manageTx) await client.query("ROLLBACK");
        throw new Error(`Failed to insert job with idempotency key "${job.idempotencyKey}"`);
      }
      const jobId: number = result.rows[0].id;
      await client.query("INSERT INTO job_events (job_id, event_type) VALUES ($1, 'added')", [jobId]);
      if (manageTx) await client.query("COMMIT");
      return jobId;
    } catch (error) {
      if (manageTx) {
        try {
          await client.query("ROLLBACK");
        } catch {
          // the original error matters more
        }
      }
      log(`Error adding job: ${error}`);
      throw error;
    } finally {
      if (!externalClient) (client as PoolClient).release();
    }
  }
}
