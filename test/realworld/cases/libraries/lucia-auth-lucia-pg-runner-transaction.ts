// Source: lucia-auth/lucia — packages/adapter-postgresql/src/pg/runner.ts at cc6ad19b (pgRunner's transaction, the first "adapters for drivers" version), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the runner checks out a connection for BEGIN/COMMIT but runs the caller's `execute()` on the pool, and nothing ever releases the connection, on success or on error
import type { Pool } from "pg";

type AsyncRunner = {
  get: (query: string, params: unknown[]) => Promise<unknown[]>;
  transaction: <T>(execute: () => Promise<T>) => Promise<T>;
};

export const pgRunner = (pool: Pool): AsyncRunner => {
  return {
    get: async (query, params) => {
      const result = await pool.query(query, params);
      return result.rows;
    },
    transaction: async (execute) => {
      const connection = await pool.connect();
      try {
        await connection.query("BEGIN");
        const result = await execute();
        await connection.query("COMMIT");
        return result;
      } catch (e) {
        connection.query("ROLLBACK");
        throw e;
      }
    },
  };
};
