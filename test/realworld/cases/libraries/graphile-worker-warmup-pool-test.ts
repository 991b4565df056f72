// Source: graphile/worker — __tests__/runner.helpers.getTaskName.test.ts (the "warm up the pool" block), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: test code collects `pgPool.connect()` promises and awaits them with Promise.all; when one checkout rejects, the clients already checked out are never released
import type { Pool, PoolClient } from "pg";

export async function warmUpPool(pgPool: Pool, size: number): Promise<void> {
  const pending: Promise<PoolClient>[] = [];
  for (let i = 0; i < size; i++) {
    pending.push(pgPool.connect());
  }
  const clients = await Promise.all(pending);
  clients.forEach((client) => client.release());
}
