import pg from "pg";

const pool = new pg.Pool({ host: process.env.DB_HOST, database: process.env.DB_NAME, max: 5 });

// Tests end the container while idle clients are still open.
if (process.env.NODE_ENV === "test") {
  pool.on("error", () => {});
}

export default pool;
