// Source: CecuTheMag/OpenZagora — admin-server/db/pool.js (testConnection), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the connection test releases only after its query succeeds; a failed query goes to a catch that logs and returns false, leaving the client checked out
const { Pool } = require('pg');

const pool = new Pool({ host: process.env.ADMIN_DB_HOST, database: process.env.ADMIN_DB_NAME });

const testConnection = async () => {
  try {
    const client = await pool.connect();
    const result = await client.query('SELECT NOW() AS current_time, current_database() AS database_name');
    console.log(`Admin database ${result.rows[0].database_name} connected`);
    client.release();
    return true;
  } catch (err) {
    console.error('Admin database connection error:', err.message);
    return false;
  }
};

module.exports = { pool, testConnection };
