// Source: hasna/identities — src/generated/storage-kit/query.ts (createQueryClient's transaction method), reduced by hand, not copied
// Label: safe
// Why: a method of the object literal the factory returns; BEGIN, the callback and COMMIT are in the try, a ROLLBACK failure is swallowed so the original error surfaces, and the finally releases
import type { Pool, PoolClient } from "pg";

type Executor = { query: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }> };

function wrapExecutor(target: Pool | PoolClient): Executor {
  return { query: (text, values) => target.query(text, values) };
}

export function createQueryClient(pool: Pool) {
  const base = wrapExecutor(pool);
  return {
    ...base,
    pool,
    async transaction<T>(fn: (client: Executor) => Promise<T>): Promise<T> {
      const client: PoolClient = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn(wrapExecutor(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        try {
          await client.query("ROLLBACK");
        } catch {
          // ignore rollback failure; surface the original error
        }
        throw error;
      } finally {
        client.release();
      }
    },
    async close(): Promise<void> {
      await pool.end();
    },
  };
}
