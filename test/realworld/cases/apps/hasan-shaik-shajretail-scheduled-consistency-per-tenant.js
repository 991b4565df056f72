// Source: HASAN-SHAIK/SHAJRetailProducts-Backend — src/services/stockConsistencyService.js (the scheduled run over every tenant), reduced by hand, not copied
// Label: safe
// Why: for each active tenant the loop takes that tenant's pool from the registry's Map and checks out; a failing check is recorded in the catch and the finally releases before the next tenant
const pool = require('../db');
const { getTenantPool } = require('../db/tenantPool');

const runScheduledConsistencyChecks = async () => {
  const tenantsRes = await pool.query('SELECT id, database_name FROM tenants WHERE is_active = TRUE AND database_name IS NOT NULL ORDER BY id ASC');
  const summary = { total_tenants: tenantsRes.rowCount, completed_tenants: 0, failed_tenants: 0, failures: [] };

  for (const tenant of tenantsRes.rows) {
    const tenantPool = getTenantPool(tenant.database_name);
    const client = await tenantPool.connect();
    try {
      await runConsistencyCheckForPool(client, { autoHeal: false, source: 'scheduled', runBy: `system:${tenant.id}` });
      summary.completed_tenants += 1;
    } catch (error) {
      summary.failed_tenants += 1;
      summary.failures.push({ tenant_id: tenant.id, error: error.message || 'Failed' });
    } finally {
      client.release();
    }
  }
  return summary;
};

module.exports = { runScheduledConsistencyChecks };
