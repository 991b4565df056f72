// Source: syesildag/aiagent — src/utils/pgClient.ts (queryDatabase), reduced by hand, not copied
// Label: safe
// Why: the agent's query helper declares `let client` inside its retry loop; the try releases after the query, and the catch releases whatever was checked out (destroying it on a connection error) before it rethrows or resets the pool and retries
import { Pool } from "pg";

let pool: Pool | null = null;

function getPool(): Pool {
  if (!pool) {
    pool = new Pool({ connectionString: process.env.DATABASE_URL, keepAlive: true });
  }
  return pool;
}

function isConnectionError(err: unknown): boolean {
  return err instanceof Error && ["Connection terminated", "ECONNRESET"].some((m) => err.message.includes(m));
}

export async function queryDatabase(query: string, values: unknown[] = []) {
  const MAX_RETRIES = 2;
  for (let attempt = 0; attempt <= MAX_RETRIES; attempt++) {
    const activePool = getPool();
    let client;
    try {
      client = await activePool.connect();
      const res = await client.query(query, values);
      client.release();
      return res.rows;
    } catch (error) {
      if (client) client.release(isConnectionError(error));
      if (!isConnectionError(error) || attempt >= MAX_RETRIES) {
        throw error;
      }
      if (pool) {
        const old = pool;
        pool = null;
        old.end().catch(() => {});
      }
      await new Promise((r) => setTimeout(r, Math.pow(2, attempt) * 500));
    }
  }
  throw new Error("unreachable");
}
