// Source: lolmeida/postgres-mcp — src/services/TransactionService.ts (TransactionService.beginTransaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `this.connection.getClient()` returns a pool checkout (./PostgresConnection.ts); when BEGIN or SET TRANSACTION rejects, the catch rethrows without releasing it and it never reaches the map
import { randomUUID } from "node:crypto";
import { PoolClient } from "pg";
import { PostgresConnection } from "./PostgresConnection";

interface TransactionInfo {
  id: string;
  isolationLevel: string;
  startedAt: Date;
}

export class TransactionService {
  private activeTransactions = new Map<string, { client: PoolClient; info: TransactionInfo }>();

  constructor(private connection: PostgresConnection) {}

  async beginTransaction(isolationLevel = "READ COMMITTED"): Promise<TransactionInfo> {
    try {
      const client = await this.connection.getClient();
      await client.query("BEGIN");
      if (isolationLevel !== "READ COMMITTED") {
        await client.query(`SET TRANSACTION ISOLATION LEVEL ${isolationLevel}`);
      }
      const info: TransactionInfo = { id: randomUUID(), isolationLevel, startedAt: new Date() };
      this.activeTransactions.set(info.id, { client, info });
      return info;
    } catch (error) {
      throw new Error(`Failed to begin transaction: ${(error as Error).message}`);
    }
  }
}
