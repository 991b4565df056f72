import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

pool.on("error", (err) => {
  console.error("Unexpected error on idle client in PG pool", err);
});

export { pool };
