// Source: maludb/maludb-fastify-api-server — src/db/tx.ts (connect, withTx), reduced by hand, not copied
// Label: hand-over
// Why: connect() only turns a failed checkout into a tenant error and returns the client; withTx, its one caller, puts it on the request context for the callback and releases it in its finally
import type { PoolClient } from "pg";
import { tenantErrorFromConnFailure } from "./postgres.js";
import type { RequestCtx } from "../types/db.js";

async function connect(ctx: RequestCtx): Promise<PoolClient> {
  try {
    return await ctx.pool.connect();
  } catch (err) {
    throw tenantErrorFromConnFailure(err) ?? err;
  }
}

async function withTx<T>(ctx: RequestCtx, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await connect(ctx);
  const previous = ctx.client;
  ctx.client = client;
  try {
    await client.query("BEGIN");
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (err) {
    try {
      await client.query("ROLLBACK");
    } catch {
      // the original error is the one to surface
    }
    throw tenantErrorFromConnFailure(err) ?? err;
  } finally {
    ctx.client = previous;
    client.release();
  }
}

export function dbTx<T>(ctx: RequestCtx, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  return withTx(ctx, fn);
}
