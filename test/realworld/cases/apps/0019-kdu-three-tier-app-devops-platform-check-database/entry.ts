// Source: 0019-KDU/three-tier-app-devops-platform — backend/src/health/health.service.ts at 9c06455 (checkDatabase), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the health report times a checkout of the instrumented pool: when `SELECT 1` rejects (the very case a health check exists for) the catch reports the database down and the release after the query never runs, so each failing probe keeps a client
import { pool } from "./db/pool";

export interface ComponentHealth {
  status: "up" | "down";
  latencyMs?: number;
  error?: string;
}

export async function checkDatabase(): Promise<ComponentHealth> {
  const start = Date.now();
  try {
    const client = await pool.connect();
    await client.query("SELECT 1");
    client.release();
    return { status: "up", latencyMs: Date.now() - start };
  } catch (err) {
    console.error("Health check: database failed", (err as Error).message);
    return { status: "down", error: (err as Error).message };
  }
}
