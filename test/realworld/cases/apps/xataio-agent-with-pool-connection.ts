// Source: xataio/agent — apps/dbagent/src/lib/targetdb/db.ts (withPoolConnection), reduced by hand, not copied
// Label: safe
// Why: the pool (given, or made lazily by a callback) is checked out once per tool call and released in a finally
import pg from "pg";

export type Pool = pg.Pool;
export type ClientBase = pg.ClientBase;

export async function withPoolConnection<T>(
  pool: Pool | (() => Promise<Pool>),
  fn: (client: ClientBase) => Promise<T>,
): Promise<T> {
  const poolInstance = typeof pool === "function" ? await pool() : pool;
  const client = await poolInstance.connect();
  try {
    return await fn(client);
  } finally {
    client.release();
  }
}
