// Source: thirdweb-dev/engine — src/server/listeners/update-tx-listener.ts at 60ff122 (updateTxListener), reduced by hand, not copied
// Label: hand-over
// Why: beside Prisma, the server takes a connection from knex's own pool (`knex.client.acquireConnection()`, a tarn pool of pg Clients, not a pg Pool) to LISTEN for the life of the process; it is handed to its 'end' and 'error' handlers, which give it back with `knex.client.releaseConnection(connection)`
import { knex } from "../../shared/db/client";
import { logger } from "../../shared/utils/logger";
import { subscriptionsData } from "../schemas/websocket";

export const updateTxListener = async (): Promise<void> => {
  logger({ service: "server", level: "info", message: "Listening for updated transactions" });

  const connection = await knex.client.acquireConnection();
  connection.query("LISTEN updated_transaction_data");

  connection.on("notification", async (msg: { channel: string; payload: string }) => {
    const parsedPayload = JSON.parse(msg.payload);
    const index = subscriptionsData.findIndex((sub) => sub.requestId === parsedPayload.id);
    if (index === -1) {
      return;
    }
    subscriptionsData[index].socket.send(msg.payload);
  });

  connection.on("end", async () => {
    knex.client.releaseConnection(connection);
    await knex.destroy();
  });

  connection.on("error", async (err: unknown) => {
    logger({ service: "server", level: "error", message: "Database connection error", error: err });
    knex.client.releaseConnection(connection);
    await knex.destroy();
  });
};
