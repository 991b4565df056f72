// Source: joao-vitor-felix/financer-api — src/db/postgres/helper.js (PostgresHelper.query), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a renamed copy of the Full Stack Club course keeps the course helper's body: the release runs only when the query resolves, so a failed query keeps its client checked out
import pg from "pg";

const { Pool } = pg;

export const pool = new Pool({
  database: process.env.POSTGRES_DATABASE,
  host: process.env.POSTGRES_HOST,
});

export const PostgresHelper = {
  query: async (query, params) => {
    const client = await pool.connect();
    const result = await client.query(query, params);
    await client.release();
    return result.rows;
  },
};
