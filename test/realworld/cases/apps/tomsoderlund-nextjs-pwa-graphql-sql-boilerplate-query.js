// Source: tomsoderlund/nextjs-pwa-graphql-sql-boilerplate — api/graphql/index.js at 807fa2c (query), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a client is checked out but the SQL goes through `pool.query`; when that rejects, the catch returns `{ error }` and the idle checkout is never released
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

const query = async (sqlString) => {
  try {
    const client = await pool.connect();
    const results = await pool.query(sqlString);
    client.release();
    return results;
  } catch (error) {
    return { error };
  }
};

module.exports = { query };
