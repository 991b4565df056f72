// Source: justinl-y/demo-platform — api-demo/src/lib/database.ts at 27537bc (pgConnect), reduced by hand, not copied
// Label: hand-over
// Why: a function called with the pool as `this` (`pgConnect.call(this)`, `this: Pool`) checks out, patches the client's `query` for named parameters with a synchronous helper and returns it; its callers keep it in `let pgClient` and release it in their finally
import type { Pool, PoolClient } from "pg";
import { pgPatch } from "./postgres-named";

type PatchedClient = PoolClient & { patched: true };

async function pgConnect(this: Pool): Promise<PatchedClient> {
  const client = await this.connect();
  pgPatch(client);
  return client as PatchedClient;
}

export async function queryFile(this: Pool, sql: string, params: Record<string, unknown>) {
  let pgClient: PatchedClient | undefined;
  try {
    pgClient = await pgConnect.call(this);
    const result = await pgClient.query(sql, params as unknown as unknown[]);
    return result.rows;
  } finally {
    if (pgClient) pgClient.release();
  }
}
