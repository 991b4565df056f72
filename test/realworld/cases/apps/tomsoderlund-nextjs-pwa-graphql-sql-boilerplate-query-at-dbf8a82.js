// Source: tomsoderlund/nextjs-pwa-graphql-sql-boilerplate — graphql/postgres.js at dbf8a82 (query, "Pooling fixed"; the later api/graphql/index.js version at 807fa2c is a case of its own), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the commit that moved the query from `pool.query` onto a checkout releases after the query inside the try; when the SQL fails the catch returns `{ error }` to the resolver and the client is never released
const { config } = require("../config/config");

const { Pool } = require("pg");
if (!config.databaseUrl) throw new Error(".env DATABASE_URL not set");
const pool = new Pool({ connectionString: config.databaseUrl });

// connect, query, then give the connection back
module.exports.query = async (sqlString) => {
  try {
    const client = await pool.connect();
    const results = await client.query(sqlString);
    await client.release();
    return results;
  } catch (error) {
    return { error };
  }
};
