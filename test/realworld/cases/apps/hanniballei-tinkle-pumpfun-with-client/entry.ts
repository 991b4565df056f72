// Source: hanniballei/Tinkle-Pumpfun — apps/web/src/db/tx.ts (withClient), reduced by hand, not copied
// Label: safe
// Why: the pool comes from `getPool()` of another module; the callback's work runs in try and finally releases
import type { PoolClient } from "pg";

import { getPool } from "./pool";

export async function withClient<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
  const pool = getPool();
  const client = await pool.connect();
  try {
    return await work(client);
  } finally {
    client.release();
  }
}
