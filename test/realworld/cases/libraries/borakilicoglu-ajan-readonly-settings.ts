// Source: borakilicoglu/ajan — src/query-runner/index.ts (executeWithReadonlySettings), reduced by hand, not copied
// Label: safe
// Why: only `Date.now()` runs before the try; the read-only transaction always ends in ROLLBACK (a failing one swallowed) and the finally releases
import type { Pool } from "pg";

export async function executeWithReadonlySettings(pool: Pool, sql: string, timeoutMs: number) {
  const client = await pool.connect();
  const startedAt = Date.now();
  try {
    await client.query("BEGIN");
    await client.query(`SET LOCAL statement_timeout = '${timeoutMs}ms'`);
    const result = await client.query(sql);
    await client.query("ROLLBACK");
    return { ...result, durationMs: Date.now() - startedAt };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
