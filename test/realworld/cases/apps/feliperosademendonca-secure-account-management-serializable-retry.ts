// Source: feliperosademendonca/Secure-Account-Management-API-Node.js-PostgreSQL- — src/database/transaction.ts (runInTransaction), reduced by hand, not copied
// Label: safe
// Why: SERIALIZABLE transactions retried on 40001 — the catch awaits ROLLBACK, calls an optional onRetry and `continue`s; the finally releases every attempt's client, even when the ROLLBACK rejects
import type { PoolClient } from 'pg';
import { pool } from './pool';

type Isolation = 'read committed' | 'repeatable read' | 'serializable';

function delay(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function runInTransaction<T>(
  fn: (client: PoolClient) => Promise<T>,
  options?: { isolation?: Isolation; maxRetries?: number; onRetry?: (attempt: number, err: unknown) => void },
): Promise<T> {
  const isolation = (options?.isolation ?? 'read committed').toLowerCase() as Isolation;
  const maxRetries = options?.maxRetries ?? 3;
  let attempt = 0;
  const shouldRetry = () => isolation === 'serializable' && attempt < maxRetries;

  while (true) {
    const client = await pool.connect();
    try {
      await client.query(isolation === 'read committed' ? 'BEGIN' : `BEGIN ISOLATION LEVEL ${isolation.toUpperCase()}`);
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (error: any) {
      await client.query('ROLLBACK');
      const code = error?.code ?? '';
      const serialization = code === '40001' || String(error?.message ?? '').includes('could not serialize access');
      if (serialization && shouldRetry()) {
        attempt += 1;
        options?.onRetry?.(attempt, error);
        await delay(50 * attempt);
        continue;
      }
      throw error;
    } finally {
      client.release();
    }
  }
}
