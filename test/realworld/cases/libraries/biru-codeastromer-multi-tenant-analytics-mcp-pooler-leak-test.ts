// Source: biru-codeastromer/multi-tenant-ecommerce-analytics-mcp — tests/isolation.test.ts ('tenant context does NOT survive across transactions on the same backend', its first checkout), reduced by hand, not copied
// Label: leak
// Why: the first client of a one-connection pool sets org A's RLS context and is released only after its queries and an `expect`; a failing query or assertion skips `c1.release()`, and the finally's `singleton.end()` then waits for a client that never comes back
import pg from 'pg';
import { describe, expect, it } from 'vitest';

describe('Layer 3. The pooler session-leak attack', () => {
  it('tenant context does NOT survive across transactions on the same backend', async () => {
    const singleton = new pg.Pool({ connectionString: config.db.tenantUrl, max: 1 });
    try {
      const c1 = await singleton.connect();
      await c1.query('BEGIN READ ONLY');
      await c1.query('SELECT public.set_tenant_context($1::uuid)', [orgA.id]);
      const inside = await c1.query<{ org: string | null }>('SELECT public.current_org_id()::text org');
      expect(inside.rows[0]!.org).toBe(orgA.id);
      await c1.query('COMMIT');
      c1.release();
    } finally {
      await singleton.end();
    }
  });
});
