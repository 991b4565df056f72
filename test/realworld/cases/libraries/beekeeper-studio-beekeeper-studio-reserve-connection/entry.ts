// Source: beekeeper-studio/beekeeper-studio — apps/studio/src/lib/db/clients/postgresql.ts (reserveConnection) with BasicDatabaseClient.ts (pushConnection), reduced by hand, not copied
// Label: hand-over
// Why: the reserved client is stored per tab by the base class's `this.pushConnection(tabId, conn)` (a Map, another module); releaseConnection(tabId) pops and releases it
import type { Pool, PoolClient } from "pg";
import { BasicClient } from "./basic-client";

export class PgTabClient extends BasicClient<PoolClient> {
  constructor(private conn: { pool: Pool }, private maxReserved = 8) {
    super();
  }

  async reserveConnection(tabId: number) {
    this.throwIfHasConnection(tabId);
    if (this.reservedConnections.size >= this.maxReserved) {
      throw new Error("too many reserved connections");
    }
    const conn = await this.conn.pool.connect();
    this.pushConnection(tabId, conn);
  }

  async releaseConnection(tabId: number) {
    const conn = this.popConnection(tabId);
    if (conn) conn.release();
  }
}
