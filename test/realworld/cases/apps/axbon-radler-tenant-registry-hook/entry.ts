// Source: Axbon/radler — src/core/hooks/tenantRegistry.ts (setupTenantRegistry), reduced by hand, not copied
// Label: hand-over
// Why: nothing runs between the registry host's checkout and storing its client on `req`, which the onResponse hook releases
import { onRequestHookHandler } from 'fastify';
import { getTenantsQueryAdapter } from './pool.js';

export const setupTenantRegistry: onRequestHookHandler = async (req) => {
  try {
    const { storage, connection } = await getTenantsQueryAdapter(TENANTS_REGISTRY_HOST, parseInt(TENANTS_REGISTRY_PORT, 10));
    req.tenantRegistry = storage;
    req.tenantRegistryConnection = connection;
  } catch (e) {
    return req.error({ message: 'Error connecting to tenant registry', err: e });
  }
};

export const releaseTenantRegistryConnection: onRequestHookHandler = async (req) => {
  await req.tenantRegistryConnection?.release();
};
