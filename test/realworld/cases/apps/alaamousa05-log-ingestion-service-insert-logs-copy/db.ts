import { Pool } from "pg";

export const ingestPool = new Pool({ connectionString: process.env.DATABASE_URL, max: 8 });
export const queryPool = new Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
