import { Pool, type PoolClient } from "pg";

export interface SqlClient {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

class PostgresClient {
  constructor(private readonly pool: Pool) {}

  async connect(): Promise<{ client: SqlClient; release: () => void }> {
    const connection: PoolClient = await this.pool.connect();
    return {
      client: { query: async (sql, params = []) => (await connection.query(sql, params as unknown[])).rows },
      release: () => connection.release(),
    };
  }
}

let instance: PostgresClient | undefined;

export function db(): PostgresClient {
  instance ??= new PostgresClient(new Pool({ connectionString: process.env.DATABASE_URL }));
  return instance;
}
