import pg, { Pool } from "pg";

export const pool: Pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

pool.on("error", (error) => {
  console.error("unexpected error on idle client", error);
});
