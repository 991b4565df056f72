// Source: Rohithgilla12/data-peek — apps/desktop/src/main/adapters/pg-pool-manager.ts (withPgClient), reduced by hand, not copied
// Label: safe
// Why: the callback runs in a try whose finally releases; the release is itself wrapped because a cancel path may already have called release(true)
import type { PoolClient } from "pg";
import { getOrCreatePool, type ConnectionConfig } from "./pool-registry";

export async function withPgClient<T>(config: ConnectionConfig, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const entry = await getOrCreatePool(config);
  const client = await entry.pool.connect();
  try {
    return await work(client);
  } finally {
    try {
      client.release();
    } catch {
      // already released by a cancellation
    }
  }
}
