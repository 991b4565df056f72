// Source: beekeeper-studio/beekeeper-studio — apps/studio/src-commercial/backend/lib/db/clients/surrealdb.ts (SurrealDBClient.connect) with surrealdb/SurrealDBPool.ts, reduced by hand, not copied
// Label: safe
// Why: `this.pool` is the project's own SurrealPool over SurrealDB connections, not a pg pool; it must stay silent whatever its name
import { SurrealPool } from "./surreal-pool";

export class SurrealClientSketch {
  pool!: SurrealPool;

  async connect(url: string): Promise<void> {
    this.pool = new SurrealPool(url);
    const conn = await this.pool.connect();
    if (conn.status === "disconnected") {
      throw new Error("Error connecting to database");
    }
    await conn.release();
  }
}
