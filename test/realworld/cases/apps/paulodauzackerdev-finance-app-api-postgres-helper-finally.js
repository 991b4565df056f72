// Source: paulodauzackerdev/finance-app-api — src/db/postgres/helper.js at eb32017 (PostgresHelper.query), reduced by hand, not copied
// Label: safe
// Why: a 2026 copy of the Full Stack Club course's helper that puts the query in a try whose finally releases, where the course's own version releases after the query
import pg from "pg";

const { Pool } = pg;

export const pool = new Pool({
  host: process.env.POSTGRES_HOST || "localhost",
  database: process.env.POSTGRES_DB,
  max: 20,
  idleTimeoutMillis: 15000,
  connectionTimeoutMillis: 2000,
});

export const PostgresHelper = {
  query: async (query, params) => {
    const client = await pool.connect();

    try {
      const results = await client.query(query, params);
      return results.rows;
    } finally {
      client.release();
    }
  },
};
