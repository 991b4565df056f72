// Source: N0thyTVOff/codex-manager — src/server/vault/transaction-store.ts (runTransaction), reduced by hand, not copied
// Label: safe
// Why: the operation decides between COMMIT and ROLLBACK through its returned outcome; either query, the operation's rejection and the catch's ROLLBACK all sit before the finally's release
import type { Pool, PoolClient } from "pg";

interface TransactionOutcome<T> {
  commit: boolean;
  result: T;
}

export async function runTransaction<T>(pool: Pool, operation: (client: PoolClient) => Promise<TransactionOutcome<T>>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const outcome = await operation(client);
    await client.query(outcome.commit ? "COMMIT" : "ROLLBACK");
    return outcome.result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
