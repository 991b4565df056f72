// Source: RubenSousaDinis/base-indexer — src/db/index.ts (getClient), reduced by hand, not copied
// Label: hand-over
// Why: getClient returns the checkout to its caller, which releases it
import { Pool } from "pg";

// a pool of 60 sized for the indexer workers
const pool = new Pool({
  host: process.env.POSTGRES_HOST,
  port: parseInt(process.env.POSTGRES_PORT || "5432"),
  database: process.env.POSTGRES_DB,
  user: process.env.POSTGRES_USER,
  password: process.env.POSTGRES_PASSWORD,
  ssl: { rejectUnauthorized: false },
  max: 60,
  idleTimeoutMillis: 30000,
  connectionTimeoutMillis: 10000,
});

pool.on("error", (err) => {
  console.error("Unexpected error on idle client", err);
});

// Get a client from the pool
export async function getClient() {
  const client = await pool.connect();
  return client;
}

export { pool };
