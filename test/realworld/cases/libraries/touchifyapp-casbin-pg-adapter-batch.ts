// Source: touchifyapp/casbin-pg-adapter — lib/repository.ts (buildDbClientFactory), reduced by hand, not copied
// Label: safe
// Why: the client is released at the end of the try and again in the catch that rethrows, so every path releases it once
import type { Pool, PoolClient } from "pg";

export function buildDbClientFactory(pool: Pool) {
  return async function batch<T>(exec: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      const res = await Promise.resolve(exec(client));
      client.release();
      return res;
    } catch (err) {
      client.release();
      throw err;
    }
  };
}
