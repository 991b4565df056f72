// Source: hesen1/pg-transaction-decorator — src/lib/transaction.ts (TransactionRepository.getTransaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client from the class's static pool is wrapped in a new repository, then `await t.query("BEGIN;")` runs before the repository is returned; a failed BEGIN leaks the client
import { Pool, type Client, type PoolConfig, type QueryResult } from "pg";

export class TransactionRepository {
  private static pool: Pool;
  private static config: PoolConfig;
  private client: Client;

  private constructor(client: Client) {
    this.client = client;
  }

  static setConfig(config?: PoolConfig) {
    TransactionRepository.config = config || { connectionString: process.env.DATABASE_URL, max: 10 };
  }

  static async getTransaction(config?: PoolConfig) {
    if (!TransactionRepository.pool) {
      if (!TransactionRepository.config) TransactionRepository.setConfig(config);
      TransactionRepository.pool = new Pool(config || TransactionRepository.config);
    }
    const t = new TransactionRepository(await TransactionRepository.pool.connect());
    await t.query("BEGIN;");
    return t;
  }

  async query(...sqls: string[]): Promise<QueryResult> {
    return this.client.query(sqls.join(""));
  }

  async commit() {
    await this.client.query("COMMIT;");
    this.release();
  }

  release(destroy: boolean = false) {
    (this.client as any).release(destroy);
  }
}
