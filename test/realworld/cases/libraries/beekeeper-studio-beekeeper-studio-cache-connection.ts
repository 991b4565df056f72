// Source: beekeeper-studio/beekeeper-studio — apps/studio/src/lib/db/clients/postgresql.ts (cacheConnection / releaseCachedConnection, at commit 4dfe5271), reduced by hand, not copied
// Label: hand-over
// Why: the checked-out client is stored on the instance inside an object literal (`this.runWithConnection = { connection: … }`); releaseCachedConnection releases it
import type { Pool, PoolClient } from "pg";

export class PgClientSketch {
  runWithConnection: { connection: PoolClient } | undefined;

  constructor(private conn: { pool: Pool }) {}

  private async cacheConnection() {
    this.runWithConnection = {
      connection: await this.conn.pool.connect(),
    };
  }

  private releaseCachedConnection() {
    this.runWithConnection?.connection.release();
    this.runWithConnection = undefined;
  }

  async applyChanges(run: (client: PoolClient) => Promise<void>) {
    await this.cacheConnection();
    try {
      await run(this.runWithConnection!.connection);
    } finally {
      this.releaseCachedConnection();
    }
  }
}
