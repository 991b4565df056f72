// Reduced by hand from Axbon/radler src/database/pool.ts: one pg Pool per tenant host, kept in a Map, a client per call.
import { Pool, PoolClient } from 'pg';

const tenantsPoolCache = new Map<string, Pool>();

export const getQueryAdapter = ({ connection }: { connection: PoolClient }) => ({
  connection,
  storage: {
    db: async ({ params, sql }: { params: unknown[]; sql: string }) => Object.freeze((await connection.query(sql, params)).rows),
  },
});

export const getTenantsQueryAdapter = async (host: string, port: number) => {
  const adapter = tenantsPoolCache.get(host) ?? new Pool({ host, port });
  tenantsPoolCache.set(host, adapter);
  const connection = await adapter.connect();
  return getQueryAdapter({ connection });
};
