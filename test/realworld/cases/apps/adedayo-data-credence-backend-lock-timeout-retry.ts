// Source: Adedayo-Data/Credence-Backend — src/db/transaction.ts (TransactionManager.withTransaction), reduced by hand, not copied
// Label: safe
// Why: a retry loop checks out a client per attempt; on a lock timeout (55P03) the catch swallows the ROLLBACK's failure and `continue`s, and the finally releases each attempt's client before the next
import type { Pool, PoolClient } from 'pg';

const PG_LOCK_TIMEOUT_CODE = '55P03';

class LockTimeoutError extends Error {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class TransactionManager {
  constructor(private readonly pool: Pool) {}

  async withTransaction<T>(
    fn: (client: PoolClient) => Promise<T>,
    options: { isolationLevel?: string; timeoutMs?: number; retryOnLockTimeout?: boolean; maxRetries?: number } = {},
  ): Promise<T> {
    const { isolationLevel, timeoutMs = 5000, retryOnLockTimeout = false, maxRetries = 3 } = options;
    let attempts = 0;

    while (true) {
      const client = await this.pool.connect();
      try {
        await client.query(isolationLevel ? `BEGIN ISOLATION LEVEL ${isolationLevel}` : 'BEGIN');
        await client.query(`SET LOCAL lock_timeout = '${timeoutMs}ms'`);
        const result = await fn(client);
        await client.query('COMMIT');
        return result;
      } catch (err: unknown) {
        await client.query('ROLLBACK').catch(() => {});
        if ((err as { code?: string }).code === PG_LOCK_TIMEOUT_CODE) {
          if (retryOnLockTimeout && attempts < maxRetries) {
            await sleep(100 * 2 ** attempts);
            attempts++;
            continue;
          }
          throw new LockTimeoutError(`lock timeout after ${timeoutMs}ms`);
        }
        throw err;
      } finally {
        client.release();
      }
    }
  }
}
