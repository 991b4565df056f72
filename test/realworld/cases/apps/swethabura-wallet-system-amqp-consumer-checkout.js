// Source: Swethabura/wallet-system-backend — src/consumers/audit.consumer.js (startAuditConsumer), reduced by hand, not copied
// Label: safe
// Why: each message's checkout is taken in the amqp consume callback; the duplicate early return, the ack/nack paths and the catch all pass the finally's release
import { pool } from "../db/db.js";
import { eventRepository } from "../repositories/event.repository.js";
import { logger } from "../utils/logger.js";

export async function startAuditConsumer(channel, queue) {
  await channel.consume(queue, async (msg) => {
    if (!msg) return;

    const client = await pool.connect();

    try {
      const payload = JSON.parse(msg.content.toString());
      const messageId = payload.transactionGroup || payload.eventId;
      const alreadyProcessed = await eventRepository.hasProcessed(client, "audit_consumer", messageId);
      if (alreadyProcessed) {
        logger.warn({ action: "DUPLICATE_SKIPPED", messageId });
        channel.ack(msg);
        return;
      }
      await eventRepository.markProcessed(client, "audit_consumer", messageId);
      channel.ack(msg);
    } catch (error) {
      logger.error({ error }, "Audit consumer failed");
      channel.nack(msg, false, false);
    } finally {
      client.release();
    }
  });
}
