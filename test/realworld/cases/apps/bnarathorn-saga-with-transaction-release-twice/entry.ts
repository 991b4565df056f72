// Source: bnarathorn/saga — packages/database/src/transaction.ts (withTransaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-use-after-release
// Why: when ROLLBACK itself fails the `catch` releases the client with the error and rethrows, then the `finally` calls `client.release()` again; the comment says that second call is a no-op, but pg throws "Release called on client which has already been released to the pool", which replaces the transaction's own error
import type { Pool, PoolClient } from "pg";

export async function withTransaction<T>(
  pool: Pool,
  fn: (tx: PoolClient) => Promise<T>,
  options: { isolationLevel?: string; readOnly?: boolean } = {},
): Promise<T> {
  const client = await pool.connect();
  const level = options.isolationLevel ?? "read committed";
  const access = options.readOnly === true ? " READ ONLY" : "";

  try {
    await client.query(`BEGIN ISOLATION LEVEL ${level.toUpperCase()}${access}`);
    const result = await fn(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    try {
      await client.query("ROLLBACK");
    } catch (rollbackError) {
      client.release(rollbackError as Error);
      throw error;
    }
    throw error;
  } finally {
    // `release()` is a no-op if the client was already released with an error above.
    client.release();
  }
}
