// Source: thevishwakarma1994/thevishwakarma_finance-app — src/api/app.ts (the readiness probe's timed SELECT 1), reduced by hand, not copied
// Label: safe
// Why: between the checkout and the try only `performance.now()` reads the clock (it cannot throw) and a number is added to a field; the try's finally releases
import { Pool } from "pg";

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

interface ProbeTimings {
  acquireMs: number;
  selectMs: number;
}

export async function timedProbe(timings: ProbeTimings): Promise<void> {
  const acquireStarted = performance.now();
  const client = await pool.connect();
  timings.acquireMs += performance.now() - acquireStarted;
  try {
    const queryStarted = performance.now();
    await client.query("SELECT 1 AS ok");
    timings.selectMs += performance.now() - queryStarted;
  } finally {
    client.release();
  }
}
