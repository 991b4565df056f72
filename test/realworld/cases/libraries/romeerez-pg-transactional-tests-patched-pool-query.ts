// Source: romeerez/pg-transactional-tests — src/index.ts (patchedPoolQuery), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: `return client.query(…)` without await: finally releases the client while its query is still queued on it
import { Pool } from "pg";

async function patchedPoolQuery(this: Pool, ...args: unknown[]) {
  const client = await this.connect();
  try {
    return (client as any).query(...args);
  } finally {
    client.release();
  }
}

export function patch() {
  Pool.prototype.query = patchedPoolQuery as typeof Pool.prototype.query;
}
