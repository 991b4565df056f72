import { Pool, PoolConfig } from "pg";

const poolConfig: PoolConfig | null = process.env.DATABASE_URL
  ? { connectionString: process.env.DATABASE_URL, max: 10, connectionTimeoutMillis: 2000 }
  : null;

const pool = poolConfig ? new Pool(poolConfig) : null;

export default pool;
