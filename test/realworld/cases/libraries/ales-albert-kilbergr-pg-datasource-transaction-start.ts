// Source: ales-albert-kilbergr/pg-datasource — src/lib/transaction-runner.ts (TransactionRunner.start / commit), reduced by hand, not copied
// Label: hand-over
// Why: the checkout goes into the runner's `this.client` field before BEGIN; commit() and rollback() release it, so a failed BEGIN leaves it with the runner (whose owner rolls back), not with start()
import type { Pool, PoolClient } from "pg";

export class TransactionRunner {
  private client?: PoolClient;

  constructor(private pool: Pool, private logger: { start(id: string): void }) {}

  public async start(): Promise<void> {
    if (this.client) {
      throw new Error("Transaction already started");
    }
    this.client = await this.pool.connect();
    await this.client.query("BEGIN");
    this.logger.start("tx");
  }

  public async commit(): Promise<void> {
    if (!this.client) {
      throw new Error("Transaction not started or already committed");
    }
    await this.client.query("COMMIT");
    this.client.release();
    this.client = undefined;
  }
}
