// Source: wan2land/stdjs — packages/database/src/driver/pg/pool.ts (PgPool.transaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: `connection.transaction(handler)` is started without await and `connection.release()` follows at once: the client goes back to the pool with BEGIN queued and the handler and COMMIT still to run on it (another checkout can take it mid-transaction), and a failing transaction reaches the caller through the returned promise after the release
import type { Pool } from "pg";
import { getConnection, type PgPoolConnection } from "./pool-connection";

export class PgPool {
  constructor(public pool: Pool) {}

  async transaction<T>(handler: (connection: PgPoolConnection) => Promise<T>): Promise<T> {
    const connection = await getConnection(this.pool);
    try {
      const result = connection.transaction(handler);
      await connection.release();
      return result;
    } catch (e) {
      await connection.release();
      throw e;
    }
  }
}
