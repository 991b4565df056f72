// Source: beekeeper-studio/beekeeper-studio — apps/studio/src/lib/db/clients/postgresql.ts (reserveConnection, before commit e5728110 "fix leaking connection"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `this.pushConnection(tabId, conn)` (base class in another module) throws when the tab already holds a connection, after connect() and before the client is stored: it is never released
import type { Pool, PoolClient } from "pg";
import { BasicClient } from "./basic-client";

export class PgTabClient extends BasicClient<PoolClient> {
  constructor(private conn: { pool: Pool }, private maxReserved = 8) {
    super();
  }

  async reserveConnection(tabId: number) {
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
