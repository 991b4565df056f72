// Source: tiagolauer/OwlSQL — packages/core/src/adapters/pg.ts (createPgTransaction), reduced by hand, not copied
// Label: safe
// Why: before the try the code only wraps the client in executor objects (helpers of the package that build closures); begin, the callback and commit run in the try, the finally releases
import type { Pool, PoolClient } from "pg";

type Executor = (sql: string, params: unknown[]) => Promise<{ rows: unknown[] }>;

export function createPgExecutor(client: Pick<PoolClient, "query">): Executor {
  return async (sql, params) => {
    const result = params.length === 0 ? await client.query(sql) : await client.query(sql, params.map((v) => v ?? null));
    return { rows: result.rows };
  };
}

function createTypedDb(executor: Executor, options?: object) {
  void options;
  return {
    async query(sql: string, ...params: unknown[]) {
      return await executor(sql, params);
    },
  };
}

declare function rollbackAndRethrow(error: unknown, rollback: () => Promise<unknown>): Promise<never>;

export function createPgTransaction(pool: Pool) {
  return async function runPgTransaction<T>(fn: (tx: ReturnType<typeof createTypedDb>) => Promise<T>, options?: object): Promise<T> {
    const client = await pool.connect();
    const tx = createTypedDb(createPgExecutor(client), { ...options, placeholders: "dollar" });
    try {
      await client.query("begin");
      const result = await fn(tx);
      await client.query("commit");
      return result;
    } catch (error) {
      return await rollbackAndRethrow(error, () => client.query("rollback"));
    } finally {
      client.release();
    }
  };
}
