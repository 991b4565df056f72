// Source: Straits-AI/managed-agents-runtime — src/harness/governedAction.ts (runGovernedAction) and src/harness/invocationAbort.ts (invocationAbortFence, in ./invocationAbort.ts), reduced by hand, not copied
// Label: safe
// Why: an idempotency-keyed action holds a session advisory lock on its checkout; the finally reads `abortFence.clientLost()` (returns a flag) and calls `dispose()` (removes listeners) before `client?.release(…)` — neither throws, and the unlock's failure is caught
import type { Pool, PoolClient } from 'pg';
import { invocationAbortFence } from './invocationAbort';
import { idempotencyKey, acquireFenceAdmission, executeGovernedActionFenced } from './governed';

const LOCK_SEED = 7301;

export async function runGovernedAction<T>(ctx: { pool: Pool; runId: string; signal?: AbortSignal }, spec: { action: string; args: unknown }): Promise<T> {
  const key = idempotencyKey({ runId: ctx.runId, action: spec.action, args: spec.args });
  const releaseAdmission = await acquireFenceAdmission(ctx.pool);
  let client: PoolClient | undefined;
  const parentSignal = ctx.signal ?? new AbortController().signal;
  let abortFence: ReturnType<typeof invocationAbortFence> | undefined;
  let locked = false;
  try {
    client = await ctx.pool.connect();
    abortFence = invocationAbortFence(client, parentSignal);
    await client.query('SELECT pg_advisory_lock(hashtextextended($1, $2))', [key, LOCK_SEED]);
    locked = true;
    if (abortFence.signal.aborted) {
      throw new Error('governed action cancelled before execution');
    }
    return await executeGovernedActionFenced<T>(ctx, spec, key, client, abortFence.signal);
  } finally {
    let clientLost = abortFence?.clientLost() ?? false;
    if (locked && client && abortFence && !abortFence.clientLost()) {
      try {
        const { rows } = await client.query('SELECT pg_advisory_unlock(hashtextextended($1, $2)) AS unlocked', [key, LOCK_SEED]);
        if (rows[0]?.unlocked !== true) clientLost = true;
      } catch {
        clientLost = true;
      }
    }
    abortFence?.dispose();
    client?.release(clientLost ? new Error('governed action lock session lost') : undefined);
    releaseAdmission();
  }
}
