// Source: thiago4go/rag-memory-mcp-postgresql — src/database/postgresql-adapter.ts (PostgreSQLAdapter.beginTransaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client is wrapped in a transaction object only after `BEGIN` succeeds; a failed BEGIN rejects before the hand-over and nothing releases the client
import type { Pool, PoolClient } from "pg";

class PostgreSQLTransaction {
  constructor(private client: PoolClient) {}

  async commit() {
    try {
      await this.client.query("COMMIT");
    } finally {
      this.client.release();
    }
  }
}

export class PostgreSQLAdapter {
  private pool: Pool | null = null;

  isConnected() {
    return this.pool !== null;
  }

  async beginTransaction(): Promise<PostgreSQLTransaction> {
    if (!this.isConnected()) {
      throw new Error("Database not connected");
    }

    const client = await this.pool!.connect();
    await client.query("BEGIN");
    return new PostgreSQLTransaction(client);
  }
}
