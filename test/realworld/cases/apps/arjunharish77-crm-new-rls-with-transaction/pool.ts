import { Pool } from "pg";

const holder = globalThis as unknown as { __crmPool?: Pool };

export function getPool(): Pool {
  if (!holder.__crmPool) holder.__crmPool = new Pool({ connectionString: process.env.DATABASE_URL });
  return holder.__crmPool;
}
