import { Pool } from "pg";

export const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

pool.on("acquire", () => console.debug("DB client acquired from pool"));
pool.on("remove", () => console.debug("DB client removed from pool"));
