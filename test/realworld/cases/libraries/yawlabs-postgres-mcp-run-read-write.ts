// Source: YawLabs/postgres-mcp — src/api.ts (runReadWrite, getMaxRows), reduced by hand, not copied
// Label: safe
// Why: the only work between connect() and the try is `getMaxRows()`, a helper of the same file that reads an env var, converts it with Number and Math.floor and returns; it cannot throw, and the try's finally releases
import pg from "pg";

let pool: pg.Pool | null = null;
function getPool() {
  pool ??= new pg.Pool();
  return pool;
}

export function getMaxRows(): number {
  const raw = process.env.POSTGRES_MAX_ROWS;
  if (!raw) return 1000;
  const parsed = Number(raw);
  return Number.isFinite(parsed) && parsed > 0 ? Math.floor(parsed) : 1000;
}

export async function runReadWrite(sql: string, params: unknown[] = []) {
  const client = await getPool().connect();
  const maxRows = getMaxRows();
  try {
    await client.query("BEGIN");
    const result = await client.query(sql, params);
    await client.query("COMMIT");
    return { ok: true, rows: result.rows.slice(0, maxRows) };
  } catch (err) {
    try {
      await client.query("ROLLBACK");
    } catch {
      // already rolled back
    }
    return { ok: false, error: String(err) };
  } finally {
    client.release();
  }
}
