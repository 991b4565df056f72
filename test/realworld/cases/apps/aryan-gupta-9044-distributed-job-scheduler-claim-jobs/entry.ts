// Source: Aryan-Gupta-9044/Distributed-Job-Scheduler — backend/src/jobs-engine/claim.ts at 65c2f62 (claimJobs), reduced by hand, not copied
// Label: safe
// Why: each worker poll claims jobs with `FOR UPDATE SKIP LOCKED` in one transaction, holding its client across a Redis token-bucket call; the paused-queue, no-capacity, rate-limited and no-candidate returns each roll back first, and every path passes the finally that releases
import { v4 as uuid } from "uuid";
import { pool } from "./pool.js";
import { redis } from "./redisClient.js";

export interface ClaimedJob {
  id: string;
  handler: string;
  payload: unknown;
  attempt: number;
  lock_token: string;
}

async function takeRateLimitTokens(queueId: string, perSecond: number, requested: number): Promise<number> {
  const granted = await redis.eval("return math.min(tonumber(ARGV[1]), tonumber(ARGV[2]))", 1, `ratelimit:${queueId}`, String(perSecond), String(requested));
  return Number(granted);
}

export async function claimJobs(queueId: string, workerId: string, batchSize: number): Promise<ClaimedJob[]> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");

    const { rows: queueRows } = await client.query("SELECT concurrency_limit, is_paused, rate_limit_per_sec FROM queues WHERE id = $1 FOR UPDATE", [queueId]);
    if (queueRows.length === 0 || queueRows[0].is_paused) {
      await client.query("ROLLBACK");
      return [];
    }
    const { concurrency_limit, rate_limit_per_sec } = queueRows[0];

    const { rows: activeRows } = await client.query("SELECT count(*)::int AS active FROM jobs WHERE queue_id = $1 AND status IN ('claimed','running')", [queueId]);
    const capacity = concurrency_limit - activeRows[0].active;
    if (capacity <= 0) {
      await client.query("ROLLBACK");
      return [];
    }

    let effectiveBatch = Math.min(batchSize, capacity);
    if (rate_limit_per_sec) {
      effectiveBatch = await takeRateLimitTokens(queueId, rate_limit_per_sec, effectiveBatch);
      if (effectiveBatch <= 0) {
        await client.query("ROLLBACK");
        return [];
      }
    }

    const { rows: candidates } = await client.query(
      `SELECT id, handler, payload, attempt FROM jobs
        WHERE queue_id = $1 AND status IN ('queued','scheduled') AND run_at <= now()
        ORDER BY priority DESC, run_at ASC LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [queueId, effectiveBatch],
    );
    if (candidates.length === 0) {
      await client.query("ROLLBACK");
      return [];
    }

    const claimed: ClaimedJob[] = [];
    for (const row of candidates) {
      const lockToken = uuid();
      await client.query("UPDATE jobs SET status = 'claimed', claimed_by = $1, lock_token = $2, attempt = attempt + 1 WHERE id = $3", [workerId, lockToken, row.id]);
      claimed.push({ id: row.id, handler: row.handler, payload: row.payload, attempt: row.attempt + 1, lock_token: lockToken });
    }

    await client.query("COMMIT");
    return claimed;
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
}
