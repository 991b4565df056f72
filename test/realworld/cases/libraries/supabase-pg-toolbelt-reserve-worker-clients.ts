// Source: supabase/pg-toolbelt — packages/pg-delta/src/extract/parallel.ts (reserveWorkerClients, releaseClients), reduced by hand, not copied
// Label: hand-over
// Why: each checkout is the arrow's return value, settled by Promise.allSettled; the fulfilled clients are collected and returned to the caller, who releases them with releaseClients
import type { Pool, PoolClient } from "pg";

function spareCapacity(pool: Pool) {
  return Math.max(0, (pool.options.max ?? 10) - pool.totalCount + pool.idleCount);
}

export async function reserveWorkerClients(pool: Pool, count: number): Promise<PoolClient[]> {
  const wanted = Math.min(count, spareCapacity(pool));
  if (wanted <= 0) return [];
  const settled = await Promise.allSettled(Array.from({ length: wanted }, () => pool.connect()));
  const clients: PoolClient[] = [];
  for (const outcome of settled) {
    if (outcome.status === "fulfilled") clients.push(outcome.value);
    else console.debug("worker connect failed; continuing with fewer streams");
  }
  return clients;
}

export function releaseClients(clients: readonly PoolClient[]) {
  for (const client of clients) client.release();
}
