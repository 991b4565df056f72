// Source: andersonef/rinha-backend-2024q1-node1 — src/database/repository.js at e52b516 (query), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: `return client.query(…)` inside the try is not awaited, so the finally gives the client back to the pool while the query is still running on it
const { Pool } = require("pg");

const pool = new Pool({ max: process.env.MAX_CONNECTION_POOL || 20, connectionTimeoutMillis: 4000 });

module.exports = {
  pool,
  async query(sql, params) {
    const client = await pool.connect();
    try {
      return client.query(sql, params);
    } finally {
      client.release();
    }
  },
};
