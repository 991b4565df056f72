// Source: looking4mage/LookingForMage — src/lib/postgres.ts (postgres), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a pool made per request on `ctx.db`; `await ctx.db.connect()` checks a client out and drops it, so `ctx.db.end()` waits for a client nobody will release
import { Context } from "koa";
import { Pool } from "pg";

export async function postgres(ctx: Context, next: () => Promise<unknown>) {
  ctx.db = new Pool({ connectionString: process.env.DATABASE_URL, statement_timeout: 1000 });

  await ctx.db.connect();
  await next();
  await ctx.db.end();
}
