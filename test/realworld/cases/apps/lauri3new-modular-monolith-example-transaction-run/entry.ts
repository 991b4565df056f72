// Source: lauri3new/modular-monolith-example — packages/db/src/transaction.ts (Transaction.run), reduced by hand, not copied
// Label: safe
// Why: the client comes from the DatabaseConnection kept in a field (`this.db.getClient()`, the class in ./connection); BEGIN, the wrapped work and COMMIT run in a `try` that rolls back and rethrows, the `finally` releases
import type { QueryResultRow } from "pg";
import type { DatabaseConnection } from "./connection.js";

export interface TransactionClient {
  query<T extends QueryResultRow>(sql: string, params?: unknown[]): Promise<{ rows: T[]; rowCount: number | null }>;
}

export class Transaction {
  private db: DatabaseConnection;

  constructor(db: DatabaseConnection) {
    this.db = db;
  }

  async run<T>(fn: (client: TransactionClient) => Promise<T>): Promise<T> {
    const client = await this.db.getClient();
    try {
      await client.query("BEGIN");
      const transactionClient: TransactionClient = {
        async query<R extends QueryResultRow>(sql: string, params?: unknown[]) {
          const result = await client.query<R>(sql, params);
          return { rows: result.rows, rowCount: result.rowCount };
        },
      };
      const result = await fn(transactionClient);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }
}
