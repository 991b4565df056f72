// Source: szilu/koa-pg — src/index.ts (class DB, pgMiddleware), reduced by hand, not copied
// Label: safe
// Why: the middleware releases the checkout after `next()` on both outcomes (building the DB wrapper before the try only stores it); the wrapper's `this.pg` is that client, so its BEGIN/COMMIT/ROLLBACK run on one connection
import * as PG from "pg";
import type * as Koa from "koa";

export class DB {
  pg: PG.ClientBase;

  constructor(pg: PG.ClientBase) {
    this.pg = pg;
  }

  begin() {
    return this.pg.query("BEGIN");
  }

  commit() {
    return this.pg.query("COMMIT");
  }

  rollback() {
    return this.pg.query("ROLLBACK");
  }

  async exec(query: string, args: unknown[] = []) {
    const res = await this.pg.query(query, args);
    return res.rows;
  }
}

export interface Context extends Koa.Context {
  pgPool: PG.Pool;
  db: DB;
}

export async function pgMiddleware(ctx: Context, next: Koa.Next) {
  if (ctx.db) return next();

  const pg = await ctx.pgPool.connect();
  ctx.db = new DB(pg);
  ctx.body = {};
  try {
    await next();
    pg.release();
  } catch (err) {
    pg.release();
    throw err;
  }
  delete (ctx as Partial<Context>).db;
}
