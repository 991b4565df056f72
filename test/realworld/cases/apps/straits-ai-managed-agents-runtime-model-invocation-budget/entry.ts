// Source: Straits-AI/managed-agents-runtime — src/harness/epoch.ts (runEpoch's model-invocation step) and src/harness/invocationAbort.ts (invocationAbortFence), reduced by hand, not copied
// Label: safe
// Why: a run's token budget is debited under a session advisory lock; between the checkout and the try only `invocationAbortFence(client, signal)` runs (it adds listeners and returns closures), and the finally's `clientLost()`/`dispose()` before the release cannot throw — the unlock's rejection is caught
import type { Pool } from 'pg';
import { invocationAbortFence } from './invocationAbort';
import { beginModelInvocation, completeModelInvocation, withClientTransaction } from './ledger';

const LOCK_SEED = 7302;

export async function invokeModelStep(
  pool: Pool,
  run: { id: string },
  step: number,
  signal: AbortSignal,
  chat: (s: AbortSignal) => Promise<{ usage: { total: number } }>,
) {
  const invocationClient = await pool.connect();
  const invocationAbort = invocationAbortFence(invocationClient, signal);
  let invocation: { kind: 'lease_lost' } | { kind: 'budget_exhausted' } | { kind: 'completed'; tokensUsed: bigint };
  try {
    await invocationClient.query('SELECT pg_advisory_lock(hashtextextended($1, $2))', [run.id, LOCK_SEED]);
    if (signal.aborted) {
      invocation = { kind: 'lease_lost' };
    } else {
      const started = await withClientTransaction(invocationClient, (tx) => beginModelInvocation(tx, { runId: run.id, step }));
      if (!started) {
        invocation = { kind: 'budget_exhausted' };
      } else {
        const completion = await chat(invocationAbort.signal);
        const recorded = await withClientTransaction(invocationClient, (tx) =>
          completeModelInvocation(tx, { runId: run.id, step, usage: completion.usage }),
        );
        invocation = { kind: 'completed', tokensUsed: recorded.tokensUsed };
      }
    }
  } finally {
    if (!invocationAbort.clientLost()) {
      await invocationClient.query('SELECT pg_advisory_unlock(hashtextextended($1, $2))', [run.id, LOCK_SEED]).catch(() => {});
    }
    const clientLost = invocationAbort.clientLost();
    invocationAbort.dispose();
    invocationClient.release(clientLost ? new Error('model invocation lock session lost') : undefined);
  }
  return invocation;
}
