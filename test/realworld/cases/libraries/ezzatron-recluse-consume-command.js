// Source: ezzatron/recluse — src/command-handler.js at 84032d6 (consumeCommand), reduced by hand, not copied
// Label: safe
// Why: the command's transaction is awaited inside the try and the finally releases the client on every path, a refused command's throw included
const { inTransaction } = require("./pg.js");

async function consumeCommand(logger, pgPool, handleCommand, wrapper) {
  const { command } = wrapper;
  logger.debug(`Acquiring Postgres client to handle ${command.type} command`);
  const pgClient = await pgPool.connect();

  try {
    await inTransaction(pgClient, async () => {
      const isHandled = await handleCommand(pgClient, command);
      if (!isHandled) throw new Error(`Unable to handle ${command.type} command`);
      await pgClient.query("UPDATE recluse.command SET handled_at = now() WHERE id = $1", [wrapper.id]);
    });
  } finally {
    pgClient.release();
  }

  logger.debug(`Consumed ${command.type} command`);
}

module.exports = { consumeCommand };
