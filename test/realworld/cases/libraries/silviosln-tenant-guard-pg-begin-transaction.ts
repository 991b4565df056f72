// Source: SilvioSLN/tenant-guard — src/adapters/pg.ts (createPgAdapter's beginTransaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: BEGIN is awaited before the transaction object (whose commit/rollback release in a finally) is returned, with no try around it: when BEGIN rejects, the checkout is neither handed to the caller nor released
import type { Pool, PoolClient } from "pg";

interface QueryResult {
  rows: unknown[];
  rowCount: number;
}

interface TransactionClient {
  query(sql: string, params?: unknown[]): Promise<QueryResult>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

export function createPgAdapter(pool: Pool) {
  return {
    async query(sql: string, params?: unknown[]): Promise<QueryResult> {
      const result = await pool.query(sql, params);
      return { rows: result.rows, rowCount: result.rowCount ?? 0 };
    },

    async beginTransaction(): Promise<TransactionClient> {
      const client: PoolClient = await pool.connect();
      await client.query("BEGIN");

      return {
        async query(sql: string, params?: unknown[]): Promise<QueryResult> {
          const result = await client.query(sql, params);
          return { rows: result.rows, rowCount: result.rowCount ?? 0 };
        },
        async commit(): Promise<void> {
          try {
            await client.query("COMMIT");
          } finally {
            client.release();
          }
        },
        async rollback(): Promise<void> {
          try {
            await client.query("ROLLBACK");
          } finally {
            client.release();
          }
        },
      };
    },
  };
}
