// Source: Alvarez1033/researchsocial-backend — src/db/pool.js (getClient), reduced by hand, not copied
// Label: hand-over
// Why: the helper wraps the client's query and release (binding only, nothing runs) and returns it; the routes that call getClient release it in their finally
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

async function query(text, params) {
  return pool.query(text, params);
}

async function getClient() {
  const client = await pool.connect();
  const originalQuery = client.query.bind(client);
  const release = client.release.bind(client);
  client.query = (...args) => originalQuery(...args);
  client.release = () => {
    client.query = originalQuery;
    release();
  };
  return client;
}

module.exports = { pool, query, getClient };
