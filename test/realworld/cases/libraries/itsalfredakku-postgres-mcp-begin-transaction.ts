// Source: itsalfredakku/postgres-mcp — src/database/connection-manager.ts (ConnectionManager.beginTransaction), reduced by hand, not copied
// Label: hand-over
// Why: after BEGIN the client is stored in the activeTransactions Map under the returned id; commitTransaction / rollbackTransaction release it and delete the entry; a failed BEGIN or the read-only refusal releases it in the catch
import { Pool, PoolClient } from "pg";
import { v4 as uuidv4 } from "uuid";
import { logConnection } from "../utils/logger.js";

interface TransactionContext {
  id: string;
  client: PoolClient;
  startTime: number;
  readOnly: boolean;
}

export class ConnectionManager {
  private pool: Pool;
  private activeTransactions: Map<string, TransactionContext> = new Map();
  private readOnlyMode = false;

  constructor(connectionString: string) {
    this.pool = new Pool({ connectionString });
  }

  async beginTransaction(readOnly: boolean = false): Promise<string> {
    const transactionId = uuidv4();
    const client = await this.pool.connect();

    try {
      if (readOnly) {
        await client.query("BEGIN READ ONLY");
      } else {
        if (this.readOnlyMode) {
          throw new Error("Write transactions are not allowed in read-only mode");
        }
        await client.query("BEGIN");
      }

      this.activeTransactions.set(transactionId, { id: transactionId, client, startTime: Date.now(), readOnly });
      logConnection("transaction_started", { transactionId, readOnly });

      return transactionId;
    } catch (error) {
      client.release();
      throw error;
    }
  }

  async commitTransaction(transactionId: string): Promise<void> {
    const context = this.activeTransactions.get(transactionId);
    if (!context) {
      throw new Error(`Transaction ${transactionId} not found`);
    }
    try {
      await context.client.query("COMMIT");
    } finally {
      context.client.release();
      this.activeTransactions.delete(transactionId);
    }
  }
}
