// Source: Beaulewis1977/synthesis — packages/db/src/client.ts (withTransaction), reduced by hand, not copied
// Label: safe
// Why: the RAG server's transaction helper checks out from the lazily made pool, runs BEGIN, the callback and COMMIT inside the try; a failed ROLLBACK in the catch still passes through the finally, which releases
import { Pool, type PoolClient } from "pg";

let pool: Pool | undefined;

export function getPool(connectionString?: string): Pool {
  if (!pool) {
    const connString = connectionString || process.env.DATABASE_URL;
    if (!connString) throw new Error("DATABASE_URL environment variable is not set");
    pool = new Pool({ connectionString: connString, max: 20, connectionTimeoutMillis: 2000 });
  }
  return pool;
}

export async function withTransaction<T>(callback: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await getPool().connect();
  try {
    await client.query("BEGIN");
    const result = await callback(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
