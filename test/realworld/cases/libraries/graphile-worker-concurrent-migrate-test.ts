// Source: graphile/worker — __tests__/migrate.test.ts (the concurrent-migrations test), reduced by hand, not copied
// Label: safe
// Why: each checked-out client is pushed into `clients` inside the try, and the finally releases every one of them after the migrations settle
import type { Pool, PoolClient } from "pg";

declare function migrate(client: PoolClient): Promise<void>;

export async function migrateConcurrently(pool: Pool, count: number): Promise<boolean> {
  const clients: PoolClient[] = [];
  const running: Promise<void>[] = [];
  try {
    for (let i = 0; i < count; i++) {
      clients.push(await pool.connect());
    }
    for (let i = 0; i < count; i++) {
      running.push(migrate(clients[i]!));
    }
  } finally {
    const results = await Promise.allSettled(running);
    await Promise.allSettled(clients.map((c) => c.release()));
    return results.every((r) => r.status === "fulfilled");
  }
}
