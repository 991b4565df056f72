import { Pool } from "pg";

export const PgPool = new Pool({ connectionString: process.env.DATABASE_URL });
