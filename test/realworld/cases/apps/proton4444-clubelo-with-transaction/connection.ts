import { Pool } from "pg";

export const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

export const db = {
  async query(text: string, params?: unknown[]) {
    return pool.query(text, params);
  },
  async getClient() {
    return await pool.connect();
  },
  async end() {
    await pool.end();
  },
};
