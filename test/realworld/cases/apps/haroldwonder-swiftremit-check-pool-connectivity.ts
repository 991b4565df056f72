// Source: Haroldwonder/SwiftRemit — api/src/db/pool.ts at 974adc7 (checkPoolConnectivity), reduced by hand, not copied
// Label: safe
// Why: a readiness check declares `let client: PoolClient | null = null` before its try, checks out inside it, times `SELECT 1` into a histogram and answers ok or the error; the finally releases with `client?.release()`, which skips only a failed checkout
import type { Pool, PoolClient } from "pg";
import { acquireLatency } from "./metrics";

export async function checkPoolConnectivity(pool: Pool): Promise<{ ok: boolean; latencyMs: number; error?: string }> {
  const start = Date.now();
  let client: PoolClient | null = null;
  try {
    client = await pool.connect();
    await client.query("SELECT 1");
    const latencyMs = Date.now() - start;
    acquireLatency.observe(latencyMs);
    return { ok: true, latencyMs };
  } catch (err) {
    return { ok: false, latencyMs: Date.now() - start, error: err instanceof Error ? err.message : String(err) };
  } finally {
    client?.release();
  }
}
