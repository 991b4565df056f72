// Source: Shanvit7/cqrs-server-demo — src/infrastructure/database/repositories/event-store.repository.ts (EventStoreRepository.appendEvents, a Bun + Hono service, at 9ebfe19), reduced by hand, not copied
// Label: safe
// Why: the optimistic-concurrency check throws inside the try, the events go in a loop of awaited inserts, the catch rolls back, logs and rethrows, and the finally releases
import { Pool } from "pg";
import logger from "@/utils/logger";

const postgresPool = new Pool({ connectionString: Bun.env.DATABASE_URL });

export class EventStoreRepository {
  async appendEvents(aggregateId: string, aggregateType: string, events: any[], expectedVersion: number): Promise<void> {
    const client = await postgresPool.connect();

    try {
      await client.query("BEGIN");
      const versionCheck = await client.query("SELECT MAX(event_version) as max_version FROM event_store WHERE aggregate_id = $1", [aggregateId]);
      const currentVersion = versionCheck.rows[0]?.max_version !== null ? parseInt(versionCheck.rows[0].max_version, 10) : -1;
      if (currentVersion !== expectedVersion) {
        throw new Error(`Concurrency conflict: Expected version ${expectedVersion}, but current version is ${currentVersion}`);
      }
      for (const event of events) {
        await client.query(
          "INSERT INTO event_store (aggregate_id, aggregate_type, event_type, event_version, payload) VALUES ($1, $2, $3, $4, $5)",
          [aggregateId, aggregateType, event.eventType, event.eventVersion, JSON.stringify(event.payload)],
        );
      }
      await client.query("COMMIT");
      logger.info(`Appended ${events.length} events for aggregate ${aggregateId}`);
    } catch (error) {
      await client.query("ROLLBACK");
      logger.error("Failed to append events", error);
      throw error;
    } finally {
      client.release();
    }
  }
}
