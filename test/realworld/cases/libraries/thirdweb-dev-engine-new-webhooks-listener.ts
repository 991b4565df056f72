// Source: thirdweb-dev/engine — src/worker/listeners/webhook-listener.ts at 60ff122 (newWebhooksListener), reduced by hand, not copied
// Label: hand-over
// Why: the worker holds a connection of knex's pool (`knex.client.acquireConnection()`, not a pg Pool checkout) for LISTEN; its 'end' and 'error' handlers destroy knex and return the connection with `knex.client.releaseConnection(connection)`
import { knex } from "../../shared/db/client";
import { clearWebhookCache } from "../../shared/utils/cache/get-webhook";
import { logger } from "../../shared/utils/logger";

export const newWebhooksListener = async (): Promise<void> => {
  logger({ service: "worker", level: "info", message: "Listening for new webhooks data" });

  const connection = await knex.client.acquireConnection();
  connection.query("LISTEN new_webhook_data");

  connection.on("notification", async (_msg: { channel: string; payload: string }) => {
    await clearWebhookCache();
  });

  connection.on("end", async () => {
    await knex.destroy();
    knex.client.releaseConnection(connection);
  });

  connection.on("error", async (err: unknown) => {
    logger({ service: "worker", level: "error", message: "Database connection error", error: err });
    await knex.destroy();
    knex.client.releaseConnection(connection);
  });
};
