// Source: ocoda/event-sourcing — packages/integration/postgres/lib/postgres.event-store.ts (PostgresEventStore.ensureCollection), reduced by hand, not copied
// Label: safe
// Why: the one call between connect() and the try is `EventCollection.get(pool)`, which only builds the table name from a string (`${pool}-events` or 'events') and cannot throw; BEGIN, the DDL and COMMIT are in the try whose finally releases (the CREATE TABLE goes through the store's long-lived `this.client`, not this checkout)
import { EventCollection, EventStoreCollectionCreationException, type IEventPool } from "@ocoda/event-sourcing";
import { Pool, type PoolClient } from "pg";

export class PostgresEventStoreSketch {
  private pool!: Pool;
  private client!: PoolClient;

  public async ensureCollection(pool?: IEventPool): Promise<string> {
    const connection = await this.pool.connect();
    const collection = EventCollection.get(pool);

    try {
      await connection.query("BEGIN");
      await this.client.query(
        `CREATE TABLE IF NOT EXISTS "${collection}" (stream_id VARCHAR(120) NOT NULL, version INT NOT NULL, payload JSONB NOT NULL, PRIMARY KEY (stream_id, version))`,
      );
      await connection.query(`CREATE INDEX IF NOT EXISTS "idx_event_date_id" ON "${collection}" (event_date, event_id)`);
      await connection.query("COMMIT");
      return collection;
    } catch (error) {
      await connection.query("ROLLBACK");
      throw new EventStoreCollectionCreationException(collection, error);
    } finally {
      connection.release();
    }
  }
}
