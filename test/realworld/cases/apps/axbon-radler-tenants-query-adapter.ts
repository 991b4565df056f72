// Source: Axbon/radler — src/database/pool.ts (getTenantsQueryAdapter), reduced by hand, not copied
// Label: hand-over
// Why: a pg Pool per tenant host, taken from a Map or made on first use; the checkout is returned to the caller inside the query adapter
import { Pool, PoolClient } from 'pg';

const tenantsPoolCache = new Map<string, Pool>();

export const getQueryAdapter = ({ connection }: { connection: PoolClient }) => ({
  connection,
  storage: {
    db: async ({ params, sql }: { params: unknown[]; sql: string }) => Object.freeze((await connection.query(sql, params)).rows),
    begin: async () => await connection.query('BEGIN'),
    commit: async () => await connection.query('COMMIT'),
  },
});

export const getTenantsQueryAdapter = async (host: string, port: number) => {
  const adapter = tenantsPoolCache.get(host) ?? new Pool({ user: SAAS_DB_USER, host, database: DB_NAME, password: SAAS_DB_PASS, port });
  tenantsPoolCache.set(host, adapter);
  const connection = await adapter.connect();
  return getQueryAdapter({ connection });
};

export const shutdownPools = async () => {
  for (const pool of tenantsPoolCache.values()) {
    await pool.end();
  }
};
