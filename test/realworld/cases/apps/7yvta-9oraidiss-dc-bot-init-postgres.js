// Source: 7yvta/9oraidiss-dc-bot — src/utils/postgres.js at 03b4859 (initPostgres), reduced by hand, not copied
// Label: safe
// Why: the pool is made inside the function's outer try, then one checkout runs table creation and migrations in an inner try whose finally releases; a failure falls back to file storage in the outer catch
const { Pool } = require("pg");

let pool = null;
let status = { enabled: false };

async function ensureTables(client) {
  await client.query("CREATE TABLE IF NOT EXISTS kv (key text primary key, value jsonb)");
}

async function runMigrations(client) {
  await client.query("ALTER TABLE kv ADD COLUMN IF NOT EXISTS updated_at timestamptz");
}

async function initPostgres(connectionString) {
  if (!connectionString) return status;
  try {
    pool = new Pool({ connectionString, connectionTimeoutMillis: 1500, idleTimeoutMillis: 10000 });
    const client = await pool.connect();
    try {
      await ensureTables(client);
      await runMigrations(client);
    } finally {
      client.release();
    }
    status = { enabled: true, provider: "postgres", initializedAt: new Date().toISOString() };
    return status;
  } catch (error) {
    status = { enabled: false, provider: "file", lastError: String((error && error.message) || error) };
    return status;
  }
}

module.exports = { initPostgres };
