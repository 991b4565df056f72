// Source: felipemotarocha/fullstackclub-finance-dashboard-api — src/db/postgres/helper.js at 43a6f31 (PostgresHelper.query), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the Full Stack Club course's query helper releases only after the query resolves, with no try/finally: every failed query (a constraint violation, a bad parameter) keeps its client checked out; 139 stored repositories hold a src/db/postgres/helper.js, and the copies read keep this body
import pg from "pg";

const { Pool } = pg;

export const pool = new Pool({
  user: process.env.POSTGRES_USER,
  database: process.env.POSTGRES_DB,
  host: process.env.POSTGRES_HOST,
});

export const PostgresHelper = {
  query: async (query, params) => {
    const client = await pool.connect();

    const results = await client.query(query, params);

    await client.release();

    return results.rows;
  },
};
