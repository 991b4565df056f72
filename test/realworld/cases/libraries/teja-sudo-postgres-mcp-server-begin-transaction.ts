// Source: Teja-sudo/postgres-mcp-server — src/db-manager.ts (DatabaseManager.beginTransaction), reduced by hand, not copied
// Label: hand-over
// Why: after BEGIN the client is stored in the manager's map of open transactions (commit/rollback release it later); a failed BEGIN releases it in the catch
import type { Pool, PoolClient } from "pg";
import { randomUUID } from "node:crypto";

export class DatabaseManager {
  private activeTransactions = new Map<string, { client: PoolClient; info: object }>();

  constructor(private currentPool: Pool) {}

  async beginTransaction(name?: string) {
    const transactionId = randomUUID();
    const client = await this.currentPool.connect();
    try {
      await client.query("BEGIN");
      const info = { transactionId, name, startedAt: new Date() };
      this.activeTransactions.set(transactionId, { client, info });
      return info;
    } catch (error) {
      client.release();
      throw error;
    }
  }

  async commitTransaction(transactionId: string) {
    const tx = this.activeTransactions.get(transactionId);
    if (!tx) throw new Error("no such transaction");
    try {
      await tx.client.query("COMMIT");
    } finally {
      this.activeTransactions.delete(transactionId);
      tx.client.release();
    }
  }
}
