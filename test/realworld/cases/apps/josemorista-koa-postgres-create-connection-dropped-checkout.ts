// Source: josemorista/koa-postgres — src/shared/infra/database/database.ts at b7dc730 (createConnection), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the Koa app's lazy connection helper, called by the users repository on the first request, builds the pool and awaits `pool.connect()` as a probe, dropping the checkout: that client is never released and stays out of the pool for the process's life (the repository then queries through the pool, which it receives as `client`)
import { Pool } from "pg";

let client: Pool | null = null;

export const createConnection = async () => {
  if (!client) {
    const pool = new Pool({
      host: "localhost",
      port: 5432,
      database: "koa-app",
    });
    await pool.connect();
    client = pool;
  }

  return { client };
};
