// Source: riobizsols/AssetLifecycleBackend — services/tenantService.js (getTenantPool's connection test; the repository's DB_CONNECTION_FIX.md reports "sorry, too many clients already"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the probe releases only after `SELECT 1` succeeds; when it fails the catch ends the pool with the probe client still checked out, so `pool.end()` never settles and the connection stays open
const { Pool } = require("pg");

const tenantPools = new Map();

async function getTenantPool(orgId, connectionString) {
  const existing = tenantPools.get(orgId);
  if (existing) return existing.pool;

  const pool = new Pool({ connectionString, max: 5, idleTimeoutMillis: 30000, connectionTimeoutMillis: 5000 });

  try {
    const testClient = await pool.connect();
    await testClient.query("SELECT 1");
    testClient.release();
  } catch (testError) {
    await pool.end().catch(() => {});
    console.error(`[TenantService] Pool connection test failed for org_id ${orgId}:`, testError);
    throw new Error(`Failed to connect to tenant database: ${testError.message}`);
  }

  tenantPools.set(orgId, { pool });
  return pool;
}

module.exports = { getTenantPool };
