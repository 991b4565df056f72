// Source: the-control-group/authx — packages/authx/src/index.ts (contextMiddleware in the AuthX constructor), reduced by hand, not copied
// Label: safe
// Why: a koa middleware on `this.pool`: reading the Authorization header and the awaited token checks are in try, finally releases before `await next()`
import pg from "pg";

import { fromBasic, fromBearer } from "./util/authorization";

export class AuthX {
  private pool: pg.Pool;

  constructor(config: { pg: pg.PoolConfig; publicKeys: string[] }) {
    this.pool = new pg.Pool(config.pg);

    const contextMiddleware = async (ctx: any, next: () => Promise<void>): Promise<void> => {
      const tx = await this.pool.connect();
      try {
        let authorization = null;
        const header: string | undefined = ctx.request.header.authorization;
        const [scheme, token] = header ? header.split(" ") : [];
        if (scheme === "Basic" && token) {
          authorization = await fromBasic(tx, token);
        }
        if (scheme === "Bearer" && token) {
          authorization = await fromBearer(tx, config.publicKeys, token);
        }
        if (header && !authorization) {
          throw new Error("An authorization header must be of either HTTP Basic or Bearer format.");
        }
        ctx.authx = { ...config, authorization };
      } finally {
        tx.release();
      }
      await next();
    };

    void contextMiddleware;
  }
}
