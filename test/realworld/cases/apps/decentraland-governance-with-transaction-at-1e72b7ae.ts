// Source: decentraland/governance — src/utils/withTransaction.ts at 1e72b7ae (withTransaction, "fix: destroy the transaction connection when commit or rollback fails"), reduced by hand, not copied
// Label: safe
// Why: the transaction helper introduced by 6bc735b0 releases in its finally on every path; 1e72b7ae passes a failed COMMIT's or ROLLBACK's error to `release(cleanupError)` so a client of unknown transaction state is destroyed instead of pooled
import { Pool, PoolClient } from "pg";

let pool: Pool | undefined;

function getPool(): Pool {
  if (!pool) {
    pool = new Pool({ connectionString: process.env.CONNECTION_STRING });
  }
  return pool;
}

export async function withTransaction<T>(fn: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await getPool().connect();
  let cleanupError: Error | undefined;
  try {
    await client.query("BEGIN");
    const result = await fn(client);
    try {
      await client.query("COMMIT");
    } catch (commitError) {
      cleanupError = commitError as Error;
      throw commitError;
    }
    return result;
  } catch (error) {
    if (!cleanupError) {
      try {
        await client.query("ROLLBACK");
      } catch (rollbackError) {
        cleanupError = rollbackError as Error;
      }
    }
    throw error;
  } finally {
    client.release(cleanupError);
  }
}
