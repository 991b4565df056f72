// Source: Kilo-Org/cloud — cloud-agent/src/db/node-postgres.ts (createNodePostgresConnection's `begin`; the repository of PR #5107 "measure whether pool slots are leaked"), reduced by hand, not copied
// Label: safe
// Why: BEGIN, the caller's transaction function and COMMIT all run inside the try; the catch rolls back and rethrows, the finally releases
import { Pool } from "pg";

type Transaction = {
  query: (text: string, values?: Record<string, unknown>) => Promise<unknown[]>;
  rollback: () => Promise<void>;
};

export const createNodePostgresConnection = (connectionString: string) => {
  const pool = new Pool({ connectionString, max: 100, statement_timeout: 10_000 });

  pool.on("error", (error) => console.error("Pool:error - Unexpected error on idle client", error));

  return {
    begin: async <T>(transactionFn: (tx: Transaction) => Promise<T>): Promise<T> => {
      const client = await pool.connect();

      try {
        await client.query("begin");

        const result = await transactionFn({
          query: async (text, values = {}) => {
            const { rows } = await client.query(text, Object.values(values));
            return rows ?? [];
          },
          rollback: async () => {
            await client.query("rollback");
          },
        });

        await client.query("commit");

        return result;
      } catch (e) {
        await client.query("rollback");
        throw e;
      } finally {
        client.release();
      }
    },
    query: async (text: string, values: Record<string, unknown> = {}) => {
      const result = await pool.query(text, Object.values(values));
      return result.rows ?? [];
    },
  };
};
