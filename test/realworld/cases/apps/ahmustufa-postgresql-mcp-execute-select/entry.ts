// Source: Ahmustufa/postgresql-mcp — src/db/query.ts at a3d6a2c (executeQuery), reduced by hand, not copied
// Label: safe
// Why: an MCP server's SELECT tool checks the statement before the checkout, then BEGIN, `SET LOCAL search_path` and `statement_timeout`, the query and COMMIT run inside the try; the catch swallows a failing ROLLBACK with `.catch` and rethrows, the finally releases
import type { Pool } from "pg";

function isSelect(sql: string): boolean {
  return /^\s*(select|with)\b/i.test(sql);
}

export async function runReadOnly(pool: Pool, schema: string, sql: string, timeoutMs: number): Promise<Record<string, unknown>[]> {
  if (!isSelect(sql)) {
    throw new Error("Only SELECT statements are allowed");
  }
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query(`SET LOCAL search_path TO "${schema}", public`);
    await client.query(`SET LOCAL statement_timeout = ${timeoutMs}`);
    const result = await client.query(sql);
    await client.query("COMMIT");
    return result.rows as Record<string, unknown>[];
  } catch (err) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
