// Source: ezzatron/recluse — src/projection.js at 1ca4624 (applyEvent, "Improve cleanup logic in applyEvent()", kept until 84032d6), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: `return inTransaction(pgClient, …)` inside the try is not awaited, so the finally releases the client as soon as BEGIN is queued; the projection update and `apply` then run on a client already back in the pool (84032d6 made it `return await`)
const { inTransaction } = require("./pg.js");

async function applyEvent(pgPool, name, apply, offset, event) {
  const pgClient = await pgPool.connect();

  try {
    return inTransaction(pgClient, async () => {
      await pgClient.query("UPDATE recluse.projection SET next = $2 + 1 WHERE name = $1 AND next = $2", [name, offset]);
      return apply(pgClient, event);
    });
  } finally {
    await pgClient.release();
  }
}

module.exports = { applyEvent };
