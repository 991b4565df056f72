// Source: medplum/medplum — packages/server/src/fhir/repo.ts (Repository.getConnection / withTransaction / rollbackTransaction, before PR #8987 "Transaction dead connection management", issue #8984), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the checkout is cached on `this.conn` and only releaseConnection() gives it back; when ROLLBACK itself rejects (the backend was killed by idle_in_transaction_session_timeout) rollbackTransaction throws before releaseConnection(), so the client stays out for good
import type { Pool, PoolClient } from "pg";

export class Repository {
  private conn?: PoolClient;
  private depth = 0;

  constructor(private readonly pool: Pool) {}

  private async getConnection(): Promise<PoolClient> {
    if (!this.conn) {
      this.conn = await this.pool.connect();
    }
    return this.conn;
  }

  private releaseConnection(err?: Error): void {
    if (this.conn) {
      this.conn.release(err);
      this.conn = undefined;
    }
  }

  async withTransaction<T>(callback: (client: PoolClient) => Promise<T>): Promise<T> {
    try {
      const client = await this.beginTransaction();
      const result = await callback(client);
      await this.commitTransaction();
      return result;
    } catch (err) {
      await this.rollbackTransaction(err as Error);
      throw err;
    }
  }

  private async beginTransaction(): Promise<PoolClient> {
    this.depth++;
    const conn = await this.getConnection();
    await conn.query(this.depth === 1 ? "BEGIN ISOLATION LEVEL REPEATABLE READ" : "SAVEPOINT sp" + this.depth);
    return conn;
  }

  private async commitTransaction(): Promise<void> {
    const conn = await this.getConnection();
    if (this.depth === 1) {
      await conn.query("COMMIT");
      this.depth--;
      this.releaseConnection();
    } else {
      await conn.query("RELEASE SAVEPOINT sp" + this.depth);
      this.depth--;
    }
  }

  private async rollbackTransaction(error: Error): Promise<void> {
    const conn = await this.getConnection();
    if (this.depth === 1) {
      await conn.query("ROLLBACK");
      this.depth--;
      this.releaseConnection(error);
    } else {
      await conn.query("ROLLBACK TO SAVEPOINT sp" + this.depth);
      this.depth--;
    }
  }
}
