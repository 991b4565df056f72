// Source: Eniola3321/Revora-Backend — src/db/transaction.ts (withTransaction), reduced by hand, not copied
// Label: safe
// Why: the client is also a WeakMap key for its transaction context, but the function keeps owning it: the finally releases it `if (client && !isNestedTransaction)`, and the nested flag is never set
import type { Pool, PoolClient } from 'pg';

interface TransactionContext {
  client: PoolClient;
  depth: number;
}

const transactionContexts = new WeakMap<PoolClient, TransactionContext>();

export async function withTransaction<T>(pool: Pool, callback: (client: PoolClient) => Promise<T>, readOnly = false): Promise<T> {
  if (typeof callback !== 'function') {
    throw new Error('Callback must be a function');
  }
  let client: PoolClient | null = null;
  let isNestedTransaction = false;

  try {
    client = await pool.connect();
    transactionContexts.set(client, { client, depth: 0 });
    await client.query(readOnly ? 'BEGIN READ ONLY' : 'BEGIN');
    const result = await callback(client);
    await client.query('COMMIT');
    transactionContexts.delete(client);
    return result;
  } catch (error) {
    if (client) {
      try {
        await client.query('ROLLBACK');
        transactionContexts.delete(client);
      } catch (rollbackError) {
        console.error('[transaction] Rollback failed:', rollbackError);
      }
    }
    throw error;
  } finally {
    if (client && !isNestedTransaction) {
      client.release();
    }
  }
}
