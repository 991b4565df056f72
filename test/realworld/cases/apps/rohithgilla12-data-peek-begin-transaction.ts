// Source: Rohithgilla12/data-peek — apps/desktop/src/main/adapters/postgres-adapter.ts (PostgresAdapter.beginTransaction, PR #210 "manual transaction mode for PostgreSQL"), reduced by hand, not copied
// Label: hand-over
// Why: after BEGIN succeeds the client is stored in the adapter's session map (commit/rollback take it out and release it); a failed BEGIN destroys it with release(true) and rethrows
import type { PoolClient } from "pg";
import { getOrCreatePool, type ConnectionConfig } from "./pg-pool-manager";

export class PgSessionAdapter {
  private sessions = new Map<string, PoolClient>();
  private pending = new Set<string>();

  async beginTransaction(config: ConnectionConfig, sessionId: string): Promise<void> {
    if (this.sessions.has(sessionId) || this.pending.has(sessionId)) {
      throw new Error(`session ${sessionId} already has a transaction`);
    }
    this.pending.add(sessionId);
    try {
      const entry = await getOrCreatePool(config);
      const client = await entry.pool.connect();
      try {
        await client.query("BEGIN");
        this.sessions.set(sessionId, client);
      } catch (error) {
        client.release(true);
        throw error;
      }
    } finally {
      this.pending.delete(sessionId);
    }
  }

  async rollbackTransaction(sessionId: string): Promise<void> {
    const client = this.sessions.get(sessionId);
    if (!client) return;
    this.sessions.delete(sessionId);
    let broken = false;
    try {
      await client.query("ROLLBACK");
    } catch {
      broken = true;
    } finally {
      client.release(broken ? true : undefined);
    }
  }
}
