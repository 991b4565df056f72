// Source: bekeleandu024-ui/fleet-app-beta — services/tracking/src/db/client.ts at 41d0d02 (withTransaction), reduced by hand, not copied
// Label: safe
// Why: the tracking service's own transaction helper hands the callback a small object whose `query` closes over the client, not the client itself, and releases in the finally after COMMIT or ROLLBACK
import { Pool, PoolClient, QueryResult, QueryResultRow } from "pg";

export const pool = new Pool({ connectionString: process.env.DATABASE_URL, application_name: "tracking" });

export interface TransactionClient {
  query: <T extends QueryResultRow = QueryResultRow>(text: string, params?: unknown[]) => Promise<QueryResult<T>>;
}

function createTransactionClient(client: PoolClient): TransactionClient {
  return {
    query: (text, params) => client.query(text, params),
  };
}

export async function withTransaction<T>(work: (client: TransactionClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const txClient = createTransactionClient(client);
    const result = await work(txClient);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
