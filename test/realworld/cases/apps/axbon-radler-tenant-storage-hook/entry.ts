// Source: Axbon/radler — src/core/hooks/storage.ts (setupTenantStorage), reduced by hand, not copied
// Label: leak
// Why: the client comes from the user's tenant-host pool; when the RLS `setTenantContext` query throws, the catch answers with an error and the client, not yet on `req`, is never released (the onResponse hook releases only `req.tenantDataConnection`)
import { onRequestHookHandler } from 'fastify';
import { getTenantsQueryAdapter } from './pool.js';

export const setupTenantStorage: onRequestHookHandler = async (req, reply) => {
  const user = req.session.get('user');
  if (user?.activeTenant?.host) {
    try {
      const { storage, connection } = await getTenantsQueryAdapter(user.activeTenant.host, parseInt(TENANTS_DATA_HOSTS_PORT, 10));
      const { db } = storage;
      await db({ sql: "SELECT set_config('app.tenant_id', $1, false)", params: [user.activeTenant.id] });
      req.tenantStorage = storage;
      req.tenantDataConnection = connection;
    } catch (e) {
      return req.error({ message: 'Error connecting to tenant storage', err: e });
    }
  }
};

export const releaseTenantDataConnection: onRequestHookHandler = async (req) => {
  await req.tenantDataConnection?.release();
};
