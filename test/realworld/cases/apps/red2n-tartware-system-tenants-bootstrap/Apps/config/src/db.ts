import { AsyncLocalStorage } from "node:async_hooks";
import { Pool, type PoolClient, type QueryResult, type QueryResultRow } from "pg";

export interface DbPoolConfig {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
  max: number;
}

const tenantContextStore = new AsyncLocalStorage<{ tenantId: string }>();

/** Puts the current async context in a tenant's scope, so `query` sets the tenant GUC (reduced). */
export function enterTenantScope(tenantId: string): void {
  tenantContextStore.enterWith({ tenantId });
}

export function createDbPool(dbConfig: DbPoolConfig, logger: { error(obj: unknown, msg: string): void }) {
  const pool = new Pool({ ...dbConfig, connectionTimeoutMillis: 5_000, query_timeout: 20_000 });
  pool.on("error", (error: unknown) => {
    logger.error({ err: error }, "Unexpected PostgreSQL pool error");
  });
  const query = <T extends QueryResultRow = QueryResultRow>(text: string, params: unknown[] = []): Promise<QueryResult<T>> => pool.query<T>(text, params);
  const withTransaction = async <T>(fn: (client: PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const result = await fn(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  };
  const close = async (): Promise<void> => {
    await pool.end();
  };
  return { pool, query, withTransaction, close };
}
