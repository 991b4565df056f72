// Source: TheProgrammingLab/University_Marketplace — db/pg.js at ef4cef6 (the start-up IIFE), reduced by hand, not copied
// Label: safe
// Why: the module's start-up check only logs between the checkout and the release; a failed connect exits the process
import pg from "pg";

const { Pool } = pg;
const { PG_USER, PG_PASS, PG_HOST, PG_PORT, PG_DB } = process.env;

const pool = new Pool({
  user: PG_USER,
  password: PG_PASS,
  host: PG_HOST,
  port: Number(PG_PORT),
  database: PG_DB,
  connectionTimeoutMillis: 5000,
});

(async () => {
  try {
    const client = await pool.connect();
    console.log("Postgres db connected successfully");
    client.release();
  } catch (err) {
    console.log(`pg database connection failed`, err);
    process.exit(1);
  }
})();

pool.on("error", (err) => {
  console.error("Unexpected PG error", err);
  process.exit(1);
});

export default pool;
