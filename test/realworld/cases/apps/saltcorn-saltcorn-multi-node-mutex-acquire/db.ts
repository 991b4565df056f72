import { Pool, type PoolClient } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

const db = {
  driverName: "postgres",
  getClient: async (): Promise<PoolClient> => await pool.connect(),
};

export default db;
