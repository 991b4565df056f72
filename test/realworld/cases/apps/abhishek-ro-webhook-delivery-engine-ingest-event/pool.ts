import pg from "pg";

export const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10, connectionTimeoutMillis: 3_000 });

pool.on("error", (err) => {
  console.error("idle client error", err.message);
});
