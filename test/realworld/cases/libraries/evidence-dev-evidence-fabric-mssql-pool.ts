// Source: evidence-dev/evidence — cli/cli/connection/fabric.ts (buildPool), reduced by hand, not copied
// Label: safe
// Why: `pool` is an `mssql` ConnectionPool (Microsoft Fabric over TDS); its connect() opens the pool itself and hands out no pg client
import sql from "mssql";

interface PooledFabric {
  pool: sql.ConnectionPool;
  tokenExpiresAt: number;
}

declare function acquireToken(c: { server: string }): Promise<{ token: string; expiresAt: number }>;

export async function buildPool(c: { server: string; database: string }): Promise<PooledFabric> {
  const { token, expiresAt } = await acquireToken(c);
  const pool = new sql.ConnectionPool({
    server: c.server,
    database: c.database,
    authentication: { type: "azure-active-directory-access-token", options: { token } },
    pool: { min: 0, max: 5 },
  });
  await pool.connect();
  return { pool, tokenExpiresAt: expiresAt };
}
