// Source: Off-Nominal/ndb2 — app/src/data/db/wait-for-database.ts (waitForDatabase), reduced by hand, not copied
// Label: safe
// Why: the probe releases the client on the very next line; a failed connect goes to the retry with no client
import pool from "./index";

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function waitForDatabase(maxAttempts = 30): Promise<void> {
  let delayMs = 1_000;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    try {
      const client = await pool.connect();
      client.release();
      if (attempt > 1) console.log(`Database connection verified on attempt ${attempt}`);
      return;
    } catch (err) {
      if (attempt === maxAttempts) throw new Error(`Database unavailable after ${maxAttempts} attempts`);
      await sleep(delayMs);
      delayMs = Math.min(delayMs * 2, 10_000);
    }
  }
}
