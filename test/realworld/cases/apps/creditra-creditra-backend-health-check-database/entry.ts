// Source: Creditra/Creditra-Backend — src/routes/health.ts at 3267ce1 (checkDatabase), reduced by hand, not copied
// Label: safe
// Why: the readiness check makes a dedicated pg Client per probe (db/client.ts's `new pg.Client`), races its connect and `SELECT 1` against timeouts, and ends it in the finally on every path, a failed or timed-out connect included
import { getConnection } from "./db/client";

const DB_CHECK_TIMEOUT_MS = 2000;

function withTimeout<T>(promise: Promise<T>, ms: number, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} timed out after ${ms}ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function checkDatabase() {
  if (!process.env.DATABASE_URL) {
    return { status: "unconfigured", message: "DATABASE_URL is not set" };
  }
  let client;
  try {
    client = getConnection();
    if (client.connect) {
      await withTimeout(client.connect(), DB_CHECK_TIMEOUT_MS, "Database connect");
    }
    await withTimeout(client.query("SELECT 1"), DB_CHECK_TIMEOUT_MS, "Database query");
    return { status: "ok" };
  } catch (error: unknown) {
    return { status: "degraded", message: error instanceof Error ? error.message : "unknown database error" };
  } finally {
    try {
      if (client && typeof client.end === "function") {
        await client.end();
      }
    } catch {
      // ignore shutdown errors
    }
  }
}
