// Source: Riciolus/marketplace — src/infrastructure/database/transaction.ts at f473451 (withTransaction), reduced by hand, not copied
// Label: safe
// Why: a drizzle-orm project whose infrastructure layer keeps a raw pg pool for its executor abstraction; the transaction wraps the client in a TransactionExecutor (a constructor that only stores it) after BEGIN, inside a try whose catch rolls back and whose finally releases
import type { PoolClient, QueryResult, QueryResultRow } from "pg";
import { pool } from "./pool.js";

class TransactionExecutor {
  constructor(private client: PoolClient) {}
  async query<T extends QueryResultRow>(text: string, params?: unknown[]): Promise<QueryResult<T>> {
    return this.client.query<T>(text, params);
  }
}

export async function withTransaction<T>(fn: (executor: TransactionExecutor) => Promise<T>): Promise<T> {
  const client = await pool.connect();

  try {
    await client.query("BEGIN");
    const executor = new TransactionExecutor(client);
    const result = await fn(executor);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
