// Source: wisdman/bitjournal — common/middleware/pgdb/pgdb.middleware.ts at efcf6bb (PgDBMiddleware.main), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the Koa-style middleware parks the checkout on `ctx.db`, awaits `next()` and releases only after it, with no try/finally: when a handler downstream throws, `next()` rejects and `ctx.db` is never released
import { Middleware, Context, INext } from "@core/service";
import { Pool } from "pg";

import { pgPool } from "./pg-pool";

export class PgDBMiddleware extends Middleware {
  private pool: Pool;

  constructor() {
    super();
    this.pool = pgPool;
  }

  async main(ctx: Context, next: INext): Promise<void> {
    ctx.db = await this.pool.connect();
    await next();
    ctx.db.release();
  }
}
