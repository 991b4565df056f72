// Source: ArthurWillameBr/ConnectFinance-API — src/db/postgres/helper.js (PostgresHelper.query), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: another copy of the Full Stack Club course helper, renamed as a product: `client.release()` (no longer awaited) still only follows a query that resolved, with no try/finally
import pg from "pg";

const { Pool } = pg;

export const pool = new Pool({
  database: process.env.POSTGRES_DB,
  host: process.env.POSTGRES_HOST,
});

export const PostgresHelper = {
  query: async (query, params) => {
    const client = await pool.connect();
    const results = await client.query(query, params);
    client.release();
    return results.rows;
  },
};
