// Source: ovotech/laminar — examples/petstore/src/middleware/pg-pool.middleware.ts (pgPoolMiddleware), reduced by hand, not copied
// Label: safe
// Why: a curried middleware: each request's checkout is passed to `next` inside try, and finally releases it after the awaited handler
import { Middleware } from "@ovotech/laminar";
import { Pool, PoolClient } from "pg";

export interface RequestPgPool {
  db: PoolClient;
}

export const pgPoolMiddleware = (pool: Pool): Middleware<RequestPgPool> => {
  return (next) => async (req) => {
    const db = await pool.connect();
    try {
      return await next({ ...req, db });
    } finally {
      db.release();
    }
  };
};
