import { Pool } from "pg";

const G = globalThis as any;

export function getPool(): Pool | null {
  if (G.__iotaPool !== undefined) return G.__iotaPool;
  G.__iotaPool = process.env.POSTGRES_HOST ? new Pool({ host: process.env.POSTGRES_HOST, max: 20 }) : null;
  return G.__iotaPool;
}
