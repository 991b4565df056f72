// Source: Nuvix-Tech/database — src/adapters/postgres.ts (PostgresAdapter.beginTransaction), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is kept on the adapter's `connection` field for the transaction; commit() and rollback() give it back through _cleanupTransaction()
import type { Pool, PoolClient } from "pg";

export class PostgresAdapter {
  private connection: PoolClient | null = null;
  private transactionCount = 0;
  private _type: "pool" | "transaction" = "pool";

  constructor(private pool: Pool | null) {}

  private async query(sql: string) {
    return (this.connection ?? this.pool!).query(sql);
  }

  async beginTransaction(): Promise<void> {
    if (this.transactionCount === 0) {
      if (this._type === "pool" && this.pool) {
        this.connection = await this.pool.connect();
        this._type = "transaction";
      }
      await this.query("BEGIN ISOLATION LEVEL READ COMMITTED");
    } else {
      await this.query(`SAVEPOINT sp_${this.transactionCount}`);
    }
    this.transactionCount++;
  }

  async commit(): Promise<void> {
    this.transactionCount--;
    if (this.transactionCount === 0) {
      try {
        await this.query("COMMIT");
      } finally {
        await this._cleanupTransaction();
      }
    }
  }

  private async _cleanupTransaction(): Promise<void> {
    this.connection?.release();
    this.connection = null;
    this._type = "pool";
  }
}
