// Source: ocoda/event-sourcing — packages/integration/postgres/lib/postgres.snapshot-store.ts (PostgresSnapshotStore.appendSnapshot), reduced by hand, not copied
// Label: safe
// Why: `SnapshotCollection.get(pool)` before the try cannot throw (a template on a string); the envelope, the version check, BEGIN, the update and insert and COMMIT are in the try, the catch rolls back and rethrows, the finally releases
import {
  type ISnapshotPool,
  SnapshotCollection,
  SnapshotEnvelope,
  SnapshotStorePersistenceException,
  SnapshotStoreVersionConflictException,
  type SnapshotStream,
} from "@ocoda/event-sourcing";
import { Pool, type PoolClient } from "pg";

export class PostgresSnapshotStoreSketch {
  private pool!: Pool;
  private client!: PoolClient;

  private async getLastStreamEntities(collection: string, streams: SnapshotStream[], connection: PoolClient) {
    const { rows } = await connection.query(`SELECT stream_id, version FROM "${collection}" WHERE stream_id = $1`, [
      streams[0].streamId,
    ]);
    return rows as Array<{ stream_id: string; version: number }>;
  }

  async appendSnapshot(stream: SnapshotStream, aggregateVersion: number, snapshot: object, pool?: ISnapshotPool) {
    const connection = await this.pool.connect();
    const collection = SnapshotCollection.get(pool);

    try {
      const envelope = SnapshotEnvelope.create(snapshot, { aggregateId: stream.aggregateId, version: aggregateVersion });
      const [lastStreamEntity] = await this.getLastStreamEntities(collection, [stream], connection);
      if (aggregateVersion <= lastStreamEntity?.version) {
        throw new SnapshotStoreVersionConflictException(stream, aggregateVersion, lastStreamEntity.version);
      }

      await connection.query("BEGIN");
      if (lastStreamEntity) {
        await this.client.query(`UPDATE "${collection}" SET latest = null WHERE stream_id = $1 AND version = $2`, [
          lastStreamEntity.stream_id,
          lastStreamEntity.version,
        ]);
      }
      await connection.query(`INSERT INTO "${collection}" (stream_id, version, payload, latest) VALUES ($1, $2, $3, $4)`, [
        stream.streamId,
        envelope.metadata.version,
        JSON.stringify(envelope.payload),
        `latest#${stream.streamId}`,
      ]);
      await connection.query("COMMIT");
      return envelope;
    } catch (error) {
      await connection.query("ROLLBACK");
      switch (error.constructor) {
        case SnapshotStoreVersionConflictException:
          throw error;
        default:
          throw new SnapshotStorePersistenceException(collection, error);
      }
    } finally {
      connection.release();
    }
  }
}
