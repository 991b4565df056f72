// Source: beekeeper-studio/beekeeper-studio — apps/studio/src/lib/db/clients/postgresql.ts (reserveConnection, with BasicDatabaseClient's pushConnection), reduced by hand, not copied
// Label: hand-over
// Why: the reserved client is stored per tab by `this.pushConnection(tabId, conn)` (a Map); releaseConnection(tabId) pops and releases it
import type { Pool, PoolClient } from "pg";

export class PgTabClient {
  private reservedConnections = new Map<number, PoolClient>();

  constructor(private conn: { pool: Pool }, private maxReserved = 8) {}

  private throwIfHasConnection(tabId: number) {
    if (this.reservedConnections.has(tabId)) throw new Error(`tab ${tabId} already holds a connection`);
  }

  private pushConnection(tabId: number, conn: PoolClient) {
    this.reservedConnections.set(tabId, conn);
  }

  private popConnection(tabId: number): PoolClient | undefined {
    const conn = this.reservedConnections.get(tabId);
    this.reservedConnections.delete(tabId);
    return conn;
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
