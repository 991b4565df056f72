// Source: lennybeadle/UNTIL — src/database/connection.js at e7567ec (checkConnection, the pool a Fastify plugin decorates as `fastify.db`), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the health check awaits `SELECT NOW()` on its checkout and releases only after it, inside the try; when the query rejects the catch returns `{ connected: false }` and the client stays checked out
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20, connectionTimeoutMillis: 2000 });

const checkConnection = async () => {
  try {
    const client = await pool.connect();
    const result = await client.query("SELECT NOW()");
    client.release();
    return { connected: true, timestamp: result.rows[0].now, message: "Database connection is healthy" };
  } catch (error) {
    return { connected: false, error: error.message, message: "Database connection failed" };
  }
};

module.exports = { pool, checkConnection };
