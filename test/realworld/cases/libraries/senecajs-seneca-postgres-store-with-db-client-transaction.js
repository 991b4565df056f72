// Source: senecajs/seneca-postgres-store — lib/intern.js (intern.withDbClient, as commit 67677a2 "transactions" made it), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is stored on the caller's context (`ctx.client`), and inside a transaction also on `ctx.transaction.client` before BEGIN; outside one the finally releases it, inside one the transaction's owner does
"use strict";

const intern = {
  async withDbClient(dbPool, ctx, f) {
    ctx = ctx || {};
    const isTransaction = !!ctx.transaction;

    ctx.client = ctx.client || (await dbPool.connect());

    if (isTransaction) {
      if (ctx.transaction.client == null) {
        ctx.transaction.client = ctx.client;
        await ctx.client.query("BEGIN");
      }
    }

    let result;
    try {
      result = await f(ctx.client);
    } catch (e) {
      if (isTransaction) {
        await ctx.client.query("ROLLBACK");
      }
      throw e;
    } finally {
      if (!isTransaction) {
        ctx.client.release();
      }
    }
    return result;
  },
};

module.exports = intern;
