// Source: sahasra-tekula/hiring-pipeline — src/db/pool.js (module top level), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the startup check's `.then` only logs; the client it checked out is never released, so one of the five connections is held for the process's life
const { Pool } = require('pg');

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: 5,
  connectionTimeoutMillis: 2000,
});

pool.connect()
  .then(() => console.log('DB connected'))
  .catch((err) => console.error('DB error', err));

module.exports = { pool };
