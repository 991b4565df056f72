// Source: biru-codeastromer/multi-tenant-ecommerce-analytics-mcp — src/db/tenantSession.ts (withOrgSession), reduced by hand, not copied
// Label: safe
// Why: the tenant pool (one of two role-separated pools) is checked out after the UUID check; BEGIN, the RLS tenant context and its verification run in the try, and the finally releases (destroying the connection when poisoned)
import type { PoolClient } from 'pg';
import { tenantPool } from './pools.js';

export async function withOrgSession<T>(orgId: string, fn: (session: { orgId: string; query: (sql: string, params?: unknown[]) => Promise<unknown> }) => Promise<T>): Promise<T> {
  if (!UUID_RE.test(orgId)) {
    throw new TenantContextError('Resolved organization id is not a valid UUID.');
  }

  const client: PoolClient = await tenantPool.connect();
  let opened = false;
  let poisoned = false;

  try {
    await client.query('BEGIN READ ONLY');
    opened = true;
    await client.query('SELECT public.set_tenant_context($1::uuid)', [orgId]);
    const check = await client.query<{ org: string | null }>('SELECT public.current_org_id()::text AS org');
    if (check.rows[0]?.org !== orgId) {
      poisoned = true;
      throw new TenantContextError('Tenant context failed to apply; refusing to execute the query.');
    }
    const result = await fn({ orgId, query: (sql, params) => client.query(sql, params ? [...params] : undefined) });
    await client.query('COMMIT');
    return result;
  } catch (err) {
    if (opened) {
      try {
        await client.query('ROLLBACK');
      } catch {
        poisoned = true;
      }
    }
    throw err;
  } finally {
    client.release(poisoned);
  }
}
