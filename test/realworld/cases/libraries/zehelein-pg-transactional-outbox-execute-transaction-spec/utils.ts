import type { PoolClient } from "pg";

const releaseIfPoolClient = (client: PoolClient, error?: Error): void => {
  if ("release" in client) client.release(error);
};

// Opens a transaction on the client, runs the callback, and gives the client back on success and on failure.
export const executeTransaction = async <T>(
  client: PoolClient,
  callback: (client: PoolClient) => Promise<T>,
  isolationLevel?: string,
): Promise<T> => {
  try {
    await client.query(isolationLevel ? `START TRANSACTION ISOLATION LEVEL ${isolationLevel}` : "BEGIN");
    const result = await callback(client);
    await client.query("COMMIT");
    releaseIfPoolClient(client);
    return result;
  } catch (err) {
    const error = err instanceof Error ? err : new Error(String(err));
    try {
      await client.query("ROLLBACK");
    } catch {
      // the rollback error is only logged in the original
    }
    releaseIfPoolClient(client, error);
    throw error;
  }
};
