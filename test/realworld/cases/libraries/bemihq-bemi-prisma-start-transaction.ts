// Source: BemiHQ/bemi-prisma — src/pg.ts (PrismaPgAdapter.startTransaction), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is wrapped in a transaction object that is returned after BEGIN; the catch releases it with the error and reports it
import type pg from "pg";

class PgTransaction {
  logQueries = false;
  constructor(readonly client: pg.PoolClient) {}
  async executeRaw(sql: string) {
    await this.client.query(sql);
  }
  async rollback() {
    this.client.release();
  }
}

export class PrismaPgAdapter {
  logQueries = false;

  constructor(private client: pg.Pool) {}

  private onError(error: unknown): never {
    throw new Error(`adapter error: ${String(error)}`);
  }

  async startTransaction(isolationLevel?: string) {
    const conn = await this.client.connect().catch((error) => this.onError(error));
    try {
      const tx = new PgTransaction(conn);
      tx.logQueries = this.logQueries;
      await tx.executeRaw("BEGIN");
      if (isolationLevel) {
        await tx.executeRaw(`SET TRANSACTION ISOLATION LEVEL ${isolationLevel}`);
      }
      return tx;
    } catch (error) {
      conn.release(error as Error);
      this.onError(error);
    }
  }
}
