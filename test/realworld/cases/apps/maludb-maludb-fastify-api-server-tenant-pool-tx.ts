// Source: maludb/maludb-fastify-api-server — src/db/tx.ts (connect, withTx), reduced by hand, not copied
// Label: safe
// Why: the request context carries the tenant's pool (taken from a Map of pools keyed by the tenant's db/user); the file's connect() helper returns the client to withTx, which swaps it into ctx.client and releases it in finally
import type { Pool, PoolClient } from "pg";

declare function tenantErrorFromConnFailure(err: unknown): Error | null;

interface RequestCtx {
  pool: Pool;
  client?: PoolClient;
}

async function connect(ctx: RequestCtx): Promise<PoolClient> {
  try {
    return await ctx.pool.connect();
  } catch (err) {
    throw tenantErrorFromConnFailure(err) ?? err;
  }
}

async function withTx<T>(ctx: RequestCtx, setup: ((c: PoolClient) => Promise<void>) | null, fn: (c: PoolClient) => Promise<T>): Promise<T> {
  const client = await connect(ctx);
  const previous = ctx.client;
  ctx.client = client;
  try {
    await client.query("BEGIN");
    if (setup) await setup(client);
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (err) {
    try {
      await client.query("ROLLBACK");
    } catch {
      // the original error matters
    }
    throw tenantErrorFromConnFailure(err) ?? err;
  } finally {
    ctx.client = previous;
    client.release();
  }
}

export function dbTx<T>(ctx: RequestCtx, fn: (c: PoolClient) => Promise<T>): Promise<T> {
  return withTx(ctx, null, fn);
}
