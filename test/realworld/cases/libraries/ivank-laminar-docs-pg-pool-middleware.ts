// Source: ivank/laminar — examples/docs/src/middleware.ts (pgPoolMiddleware), reduced by hand, not copied
// Label: safe
// Why: the documentation's per-request middleware passes the checkout to the listener in the context object and awaits it inside try/finally; the finally releases the client whether the listener resolves or throws
import { Pool, PoolClient } from "pg";

type Middleware<TProvide> = <TInherit>(
  next: (ctx: TProvide & TInherit) => Promise<unknown>,
) => (ctx: TInherit) => Promise<unknown>;

interface DBContext {
  db: PoolClient;
}

const pgPoolMiddleware = (pool: Pool): Middleware<DBContext> => {
  return (next) => async (ctx) => {
    const db = await pool.connect();
    try {
      return await next({ ...ctx, db });
    } finally {
      db.release();
    }
  };
};

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
export const withDb = pgPoolMiddleware(pool);
