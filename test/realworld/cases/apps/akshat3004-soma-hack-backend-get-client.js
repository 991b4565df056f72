// Source: Akshat3004/Soma-hack-backend — src/db/pool.js at 8aaf1c7 (getClient), reduced by hand, not copied
// Label: hand-over
// Why: a hackathon back-end's helper returns `pool.connect()`'s promise to the caller (the GraphQL context hands it on), whose doc comment asks it to release in a finally
import pg from "pg";

const { Pool } = pg;

export const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: 10,
});

export function query(text, params) {
  return pool.query(text, params);
}

/**
 * Acquire a client for a transaction. Caller MUST release it.
 */
export function getClient() {
  return pool.connect();
}
