// Reduced from common/pg-pool.ts: the project's one pg pool.
import { Pool } from "pg";

export const pgPool = new Pool({ connectionString: process.env.POSTGRES_URL, max: 10 });
