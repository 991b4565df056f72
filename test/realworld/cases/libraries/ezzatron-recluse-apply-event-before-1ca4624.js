// Source: ezzatron/recluse — src/projection.js at 1ca4624^ (applyEvent, before "Improve cleanup logic in applyEvent()"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the release comes after the awaited transaction with no try/finally: a failed projection update or a throwing `apply` rejects inTransaction and skips `pgClient.release()`
const { inTransaction } = require("./pg.js");

async function applyEvent(pgPool, name, apply, offset, event) {
  const pgClient = await pgPool.connect();

  const result = await inTransaction(pgClient, async () => {
    await pgClient.query("UPDATE recluse.projection SET next = $2 + 1 WHERE name = $1 AND next = $2", [name, offset]);
    return apply(pgClient, event);
  });

  await pgClient.release();

  return result;
}

module.exports = { applyEvent };
