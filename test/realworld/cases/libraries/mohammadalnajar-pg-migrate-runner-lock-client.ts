// Source: mohammadalnajar/pg-migrate-runner — src/runner.ts (MigrationRunner.migrate) with src/lock.ts (acquireLock), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the lock client is checked out and `acquireLock` awaited before the try whose finally releases it; when another process holds the lock, acquireLock throws MigrationLockError and the client is never released
import type { Pool, PoolClient } from "pg";

class MigrationLockError extends Error {}

async function acquireLock(client: PoolClient, lockId: number) {
  const result = await client.query("SELECT pg_try_advisory_lock($1) AS acquired", [lockId]);
  if (!result.rows[0]?.acquired) {
    throw new MigrationLockError(`lock ${lockId} is held`);
  }
}

async function releaseLock(client: PoolClient, lockId: number) {
  await client.query("SELECT pg_advisory_unlock($1)", [lockId]);
}

export class MigrationRunner {
  constructor(private pool: Pool, private useLock: boolean, private lockId: number) {}

  async migrate(pending: { version: string; upSql: string }[], apply: (m: { version: string; upSql: string }) => Promise<void>) {
    let lockClient: PoolClient | null = null;
    if (this.useLock) {
      lockClient = await this.pool.connect();
      await acquireLock(lockClient, this.lockId);
    }
    try {
      for (const migration of pending) {
        await apply(migration);
      }
    } finally {
      if (lockClient) {
        await releaseLock(lockClient, this.lockId);
        lockClient.release();
      }
    }
  }
}
