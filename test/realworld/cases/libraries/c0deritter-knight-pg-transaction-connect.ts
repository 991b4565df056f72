// Source: c0deritter/knight-pg-transaction — src/PgTransaction.ts (PgTransaction.connect and release), reduced by hand, not copied
// Label: hand-over
// Why: the client is kept on the instance (`this.client`) and returned; the instance's release() gives it back once no transaction is running
import type { Pool, PoolClient } from "pg";

export class PgTransaction {
  client?: PoolClient;
  beginCounter = 0;

  constructor(private pool: Pool) {}

  async connect(): Promise<PoolClient> {
    if (!this.client) {
      this.client = await this.pool.connect();
    }
    return this.client;
  }

  release(): void {
    if (this.beginCounter > 0) {
      throw new Error("Transaction is running. Cannot release.");
    }
    if (this.client) {
      this.client.release();
      this.client = undefined;
    }
  }
}
