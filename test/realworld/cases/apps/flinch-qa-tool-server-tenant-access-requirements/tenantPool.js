// Reduced by hand from Flinch/qa-tool-server src/db/tenantPool.js: a pg Pool per tenant database, made lazily and kept in a Map.
import pg from 'pg'
import { getTenantMeta } from './tenantRegistry.js'

const tenantPools = new Map()

export async function resolveTenantPool(tenantId) {
  const tenant = await getTenantMeta(tenantId)
  if (!tenant || tenant.status !== 'active') return null
  if (tenantPools.has(tenant.id)) return tenantPools.get(tenant.id)
  const p = new pg.Pool({ connectionString: buildTenantConnectionString(tenant.db_name) })
  tenantPools.set(tenant.id, p)
  return p
}
