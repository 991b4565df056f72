// Source: ArazFlutter/salex — src/db/pool.ts at 85ecb7d4 (withTransaction), reduced by hand, not copied
// Label: safe
// Why: the bot's transaction helper, on a pool cached on `globalThis` across reloads, runs BEGIN, the callback and COMMIT in the try, rolls back and rethrows in the catch, releases in the finally
import { Pool, type PoolClient } from "pg";
import { DATABASE_URL } from "./env";

const globalForDb = globalThis as typeof globalThis & { __salexPgPool?: Pool };

export const db = globalForDb.__salexPgPool ?? new Pool({ connectionString: DATABASE_URL });

if (!globalForDb.__salexPgPool) {
  globalForDb.__salexPgPool = db;
}

export async function withTransaction<T>(callback: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await db.connect();

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
