// Source: ocoda/event-sourcing — packages/integration/postgres/lib/postgres.snapshot-store.ts (PostgresSnapshotStore.ensureCollection), reduced by hand, not copied
// Label: safe
// Why: `SnapshotCollection.get(pool)` between connect() and the try only builds the table name from a string and cannot throw; BEGIN, the DDL and COMMIT are in the try, the catch rolls back and wraps the error, the finally releases
import { type ISnapshotPool, SnapshotCollection, SnapshotStoreCollectionCreationException } from "@ocoda/event-sourcing";
import { Pool } from "pg";

export class PostgresSnapshotStoreSketch {
  private pool!: Pool;

  public async ensureCollection(pool?: ISnapshotPool): Promise<string> {
    const connection = await this.pool.connect();
    const collection = SnapshotCollection.get(pool);

    try {
      await connection.query("BEGIN");
      await connection.query(
        `CREATE TABLE IF NOT EXISTS "${collection}" (stream_id VARCHAR(90) NOT NULL, version INT NOT NULL, payload JSONB NOT NULL, latest VARCHAR(100), PRIMARY KEY (stream_id, version))`,
      );
      await connection.query(`CREATE INDEX IF NOT EXISTS "idx_aggregate_name_latest" ON "${collection}" (aggregate_name, latest)`);
      await connection.query("COMMIT");
      return collection;
    } catch (err) {
      await connection.query("ROLLBACK");
      throw new SnapshotStoreCollectionCreationException(collection, err);
    } finally {
      connection.release();
    }
  }
}
