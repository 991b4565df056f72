import { Pool } from "pg";

if (!process.env.DATABASE_URL) {
  throw new Error("DATABASE_URL is not set in environment variables");
}

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

export default pool;
