// Source: ivank/laminar — packages/pg/src/pg.middleware.ts (pgMiddleware), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the middleware (for HTTP listeners and queue workers alike) checks out one client per configured PgService at once inside `Promise.all(…map(async …))`, and releases them in the finally around `next`; with two or more databases, when one `connect()` rejects (pool timeout, database down) after another resolved, Promise.all rejects before the try and the client that did arrive is never released
import type { PgService } from "./pg.service";
import { PgClient } from "./pg.client";

type Middleware<TProvide> = <TInherit>(
  next: (ctx: TProvide & TInherit) => Promise<unknown>,
) => (ctx: TInherit) => Promise<unknown>;

export type PgMiddlewareConfig = Record<string, PgService>;
export type PgContext<TConfig extends PgMiddlewareConfig = { db: PgService }> = Record<keyof TConfig, PgClient>;

export function pgMiddleware<TConfig extends PgMiddlewareConfig>(config: TConfig): Middleware<PgContext<TConfig>> {
  return (next) => async (ctx) => {
    const pgContext = (
      await Promise.all(
        Object.entries(config).map(
          async ([key, pool]) => [key, new PgClient(await pool.connect(), pool.config)] as [keyof TConfig, PgClient],
        ),
      )
    ).reduce((all, [key, client]) => ({ ...all, [key]: client }), {} as PgContext<TConfig>);

    try {
      return await next({ ...ctx, ...pgContext });
    } finally {
      Object.values(pgContext).map((db) => db.client.release());
    }
  };
}
