// Source: prisma/prisma — packages/adapter-pg/src/pg.ts (PrismaPgAdapter.startTransaction), reduced by hand, not copied
// Label: hand-over
// Why: the connection is returned inside the transaction object, whose commit()/rollback() release it; a failed BEGIN releases it in the catch
import pg from "pg";

type StdClient = pg.Pool;

class PgTransaction {
  constructor(private readonly client: pg.PoolClient) {}
  async executeRaw(sql: string) {
    return (await this.client.query(sql)).rowCount ?? 0;
  }
  async commit() {
    this.client.release();
  }
  async rollback() {
    this.client.release();
  }
}

export class PgAdapter {
  constructor(protected readonly client: StdClient) {}

  protected onError(error: unknown): never {
    throw new Error(`driver adapter error: ${String(error)}`);
  }

  async startTransaction(isolationLevel?: string): Promise<PgTransaction> {
    const conn = await this.client.connect().catch((error) => this.onError(error));
    try {
      const tx = new PgTransaction(conn);
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
