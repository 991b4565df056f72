// Source: reggi/skywriter — src/server/middleware/withDb.ts at d0c5f02 (withDb), reduced by hand, not copied
// Label: safe
// Why: a Hono middleware checks a client out per request, lends it to the rest of the chain with `c.set('client', client)` and releases it in the finally around `await next()`; Hono's compose (read in honojs/hono's src/compose.ts) runs every later handler inside the promise `next()` returns, a throw rejecting through it, so the release runs after the response is built, on success and on a thrown handler alike
import type { Pool } from "pg";
import type { MiddlewareHandler } from "hono";

type AppMiddlewareFactory<Args extends unknown[]> = (...args: Args) => MiddlewareHandler;

export const withDb: AppMiddlewareFactory<[pool: Pool]> = (pool) => {
  return async (c, next) => {
    const client = await pool.connect();
    c.set("client", client);
    try {
      await next();
    } finally {
      client.release();
    }
  };
};
