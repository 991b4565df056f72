// Source: AntonGladyr/agentic-banyanboard — src/db/pool.ts at 600dd81 (checkConnection, a liveness probe on the lazily made pool), reduced by hand, not copied
// Label: safe
// Why: the probe checks a client out of `getPool()` and releases it on the next line with nothing between; a failed checkout rejects with no client to give back (the doc comment says so: "release() is called exactly once, on the success path only")
import { Pool, type PoolClient } from "pg";

let pool: Pool | undefined;

export function getPool(): Pool {
  if (pool !== undefined) {
    return pool;
  }
  if (process.env.DATABASE_URL === undefined) {
    throw new Error("DATABASE_URL is not set — cannot initialize pg pool");
  }
  pool = new Pool({ connectionString: process.env.DATABASE_URL });
  pool.on("error", (err) => console.error("idle pg client error (non-fatal)", err));
  return pool;
}

export async function checkConnection(): Promise<void> {
  const client: PoolClient = await getPool().connect();
  client.release();
}

export async function checkConnectionWithRetry(opts: { attempts?: number; baseDelayMs?: number } = {}): Promise<void> {
  const attempts = opts.attempts ?? 5;
  for (let i = 1; i <= attempts; i++) {
    try {
      await checkConnection();
      return;
    } catch (err) {
      if (i === attempts) throw err;
      await new Promise((r) => setTimeout(r, (opts.baseDelayMs ?? 200) * 2 ** (i - 1)));
    }
  }
}
