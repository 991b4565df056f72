// Source: syesildag/aiagent — src/utils/pgClient.ts (connectWithRetry and withTransaction), reduced by hand, not copied
// Label: hand-over
// Why: connectWithRetry returns the checkout from inside its retry loop; its only caller, withTransaction, runs BEGIN, the callback and COMMIT in a try whose finally releases
import { Pool, PoolClient } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

function isConnectionError(err: unknown): boolean {
  return err instanceof Error && ["ECONNRESET", "ECONNREFUSED"].some((m) => err.message.includes(m));
}

async function connectWithRetry(activePool: Pool): Promise<PoolClient> {
  const MAX_RETRIES = 2;
  for (let attempt = 0; attempt <= MAX_RETRIES; attempt++) {
    try {
      return await activePool.connect();
    } catch (error) {
      if (!isConnectionError(error) || attempt >= MAX_RETRIES) throw error;
      await new Promise((r) => setTimeout(r, Math.pow(2, attempt) * 500));
    }
  }
  throw new Error("unreachable");
}

export async function withTransaction<T>(callback: (query: (sql: string, values?: unknown[]) => Promise<unknown[]>) => Promise<T>): Promise<T> {
  const client = await connectWithRetry(pool);
  try {
    await client.query("BEGIN");
    const result = await callback(async (sql, values = []) => (await client.query(sql, values)).rows);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
