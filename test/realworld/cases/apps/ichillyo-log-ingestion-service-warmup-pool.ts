// Source: iChillyO/log-ingestion-service — src/server.ts at 63dc8e7 (warmupPool), reduced by hand, not copied
// Label: safe
// Why: at start-up the log service opens its writers' connections in parallel — each `pool.connect().then((client) => { client.release(); })` gives its client straight back — awaits them all, then runs ANALYZE through the pool
import type { Pool } from "pg";

type AppConfig = { ingestWriters: number; pgPoolMax: number };

export async function warmupPool(pool: Pool, config: AppConfig): Promise<void> {
  const minConns = Math.min(config.ingestWriters + 2, config.pgPoolMax);
  const warmupPromises: Promise<void>[] = [];
  for (let i = 0; i < minConns; i++) {
    warmupPromises.push(
      pool.connect().then((client) => {
        client.release();
      }),
    );
  }
  await Promise.all(warmupPromises);

  await pool.query("ANALYZE logs");
  await pool.query("ANALYZE logs_rollup");
}
