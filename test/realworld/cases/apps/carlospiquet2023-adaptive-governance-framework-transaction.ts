// Source: carlospiquet2023/adaptive-governance-framework — core/src/infrastructure/DatabaseService.ts (transaction), reduced by hand, not copied
// Label: safe
// Why: the pool is a field the constructor fills with new Pool(…); the callback gets a small transaction object whose methods close over the client, and the client is released in finally after COMMIT or ROLLBACK
import { Pool, QueryResult } from "pg";

interface Transaction {
  query<U = any>(text: string, params?: any[]): Promise<QueryResult<U>>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
}

export class DatabaseService {
  private pool: Pool;
  private logger = console;

  constructor(config: { host: string; database: string }) {
    this.pool = new Pool({ host: config.host, database: config.database, max: 10 });
  }

  public async transaction<T>(callback: (trx: Transaction) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const trx: Transaction = {
        query: async (text, params) => client.query(text, params),
        commit: async () => {
          await client.query("COMMIT");
        },
        rollback: async () => {
          await client.query("ROLLBACK");
        },
      };
      const result = await callback(trx);
      await trx.commit();
      return result;
    } catch (error) {
      await client.query("ROLLBACK");
      this.logger.error("transaction failed", error);
      throw error;
    } finally {
      client.release();
    }
  }
}
