// Source: ovotech/castle — packages/castle/examples/middlewares/db.ts (createDb), reduced by hand, not copied
// Label: safe
// Why: the Kafka consumer framework's example middleware checks out a client per consumed message, hands it to the next handler in the context and releases it in a finally around `await next(…)`
import { Pool, PoolClient, PoolConfig } from "pg";

type Middleware<TProvide> = <TInherit>(
  next: (ctx: TProvide & TInherit) => Promise<void>,
) => (ctx: TInherit) => Promise<void>;

export interface DbContext {
  db: PoolClient;
}

export const createDb = (config: PoolConfig): Middleware<DbContext> => {
  const pool = new Pool(config);
  return (next) => async (ctx) => {
    const db = await pool.connect();
    try {
      await next({ ...ctx, db });
    } finally {
      db.release();
    }
  };
};
