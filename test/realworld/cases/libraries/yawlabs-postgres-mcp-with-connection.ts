// Source: YawLabs/postgres-mcp — src/api.ts (withConnection), reduced by hand, not copied
// Label: safe
// Why: the caller's function gets a query runner bound to the client, and the finally releases after it settles
import pg from "pg";

const pool = new pg.Pool();

type Run = (sql: string, params?: unknown[]) => Promise<{ ok: boolean; rows?: unknown[]; error?: string }>;

export async function withConnection<T>(fn: (run: Run) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    const runOnClient: Run = async (sql, params = []) => {
      try {
        const result = await client.query(sql, params);
        return { ok: true, rows: result.rows };
      } catch (err) {
        return { ok: false, error: String(err) };
      }
    };
    return await fn(runOnClient);
  } finally {
    client.release();
  }
}
