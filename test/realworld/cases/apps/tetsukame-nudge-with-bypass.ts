// Source: tetsukame/nudge — src/db/with-tenant.ts (withBypass), reduced by hand, not copied
// Label: safe
// Why: a pool handed in by the caller (the admin role's pool, which bypasses RLS) is checked out and released in finally around the callback
import pg from "pg";

export async function withBypass<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    return await fn(client);
  } finally {
    client.release();
  }
}
