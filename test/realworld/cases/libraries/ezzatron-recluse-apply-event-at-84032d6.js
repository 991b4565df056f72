// Source: ezzatron/recluse — src/projection.js at 84032d6 (the projection's event handler, after `return await inTransaction(…)`), reduced by hand, not copied
// Label: safe
// Why: the transaction is awaited inside the try, so the finally releases only after COMMIT or ROLLBACK has run
const { inTransaction } = require("./pg.js");

async function handleEvent(logger, pgPool, type, applyEvent, offset, event) {
  const pgClient = await pgPool.connect();

  try {
    return await inTransaction(pgClient, async () => {
      await pgClient.query("UPDATE recluse.projection SET next = $2 + 1 WHERE type = $1 AND next = $2", [type, offset]);
      const result = await applyEvent(pgClient, event);
      if (result) logger.info(`Applied ${event.type} event with ${type}`);
      return result;
    });
  } finally {
    logger.debug(`Releasing Postgres client used to handle ${event.type} event`);
    pgClient.release();
  }
}

module.exports = { handleEvent };
