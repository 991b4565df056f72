import { Pool, type PoolClient } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

const db = {
  // false on SQLite, where `db` itself is the single connection
  pools_connections: true,
  getClient: async (): Promise<PoolClient> => await pool.connect(),
  getRequestContext: (): { client: PoolClient | null } | undefined => undefined,
  query: (text: string, params?: unknown[]) => pool.query(text, params),
  insert: async (table: string, rec: object, opts: { client?: unknown; noid?: boolean; pk_name?: string }) => undefined,
  deferForeignKeys: async (client: unknown) => undefined,
  copyToJson: async (stream: unknown, table: string, client: unknown) => undefined,
};

export default db;
