// Source: 6figpsolseeker/rostr — packages/db/src/postgres.ts at 790d21e (PostgresClient.connect), reduced by hand, not copied
// Label: hand-over
// Why: the project's SqlClient checks a pg client out and returns it wrapped with a `release` closure that calls `connection.release()`; the caller (withTransaction, the routes) owns the pair and calls `release()` in its finally
import { Pool, type PoolClient } from "pg";

export interface SqlClient {
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

class PooledClient implements SqlClient {
  constructor(private readonly connection: PoolClient) {}

  async exec(sql: string): Promise<void> {
    await this.connection.query(sql);
  }

  async query<T = Record<string, unknown>>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    const result = await this.connection.query(sql, params as unknown[]);
    return result.rows as T[];
  }
}

export class PostgresClient implements SqlClient {
  constructor(private readonly pool: Pool) {}

  async exec(sql: string): Promise<void> {
    await this.pool.query(sql);
  }

  async query<T = Record<string, unknown>>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    const result = await this.pool.query(sql, params as unknown[]);
    return result.rows as T[];
  }

  async connect(): Promise<{ client: SqlClient; release: () => void }> {
    const connection = await this.pool.connect();
    return {
      client: new PooledClient(connection),
      release: () => {
        connection.release();
      },
    };
  }
}

export function createPostgresClient(connectionString: string): PostgresClient {
  return new PostgresClient(new Pool({ connectionString, max: 10, connectionTimeoutMillis: 10_000 }));
}
