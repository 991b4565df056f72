// Source: ales-albert-kilbergr/pg-datasource — src/lib/transaction-runner.ts (TransactionRunner.start / commit / rollback), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: start() keeps the checkout on `this.client`; commit() and rollback() release it only after awaiting COMMIT / ROLLBACK, so when that query rejects (a dropped connection) the client stays on the field, checked out for good
import type { Pool, PoolClient } from "pg";

export class TransactionRunner {
  public client?: PoolClient;
  public queryCount = 0;

  constructor(private readonly pool: Pool) {}

  async start(): Promise<void> {
    if (this.client) throw new Error("Transaction already started");
    this.client = await this.pool.connect();
    await this.client.query("BEGIN");
  }

  async query(text: string, params?: unknown[]) {
    if (!this.client) throw new Error("Transaction not started");
    this.queryCount++;
    return this.client.query(text, params);
  }

  async commit(): Promise<void> {
    if (!this.client) throw new Error("Transaction not started or already committed");
    await this.client.query("COMMIT");
    this.client.release();
    this.client = undefined;
  }

  async rollback(): Promise<void> {
    if (!this.client) throw new Error("Transaction not started or already rolled back");
    await this.client.query("ROLLBACK");
    this.client.release();
    this.client = undefined;
  }
}
