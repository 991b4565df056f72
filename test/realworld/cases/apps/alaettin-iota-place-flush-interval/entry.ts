// Source: Alaettin/iota-place — server/src/services/flush.service.ts at df6945c^ (startFlushService, before "Phase 8-10.1"), reduced by hand, not copied
// Label: safe
// Why: every five seconds an async `setInterval` callback checks a client out only when Redis holds dirty pixels, upserts them in one transaction, rolls back and logs in the catch and releases in the finally; the outer try/catch logs a failed checkout so the timer's promise never rejects
import { getPool } from "./db/pool";
import { getDirtyPixels, getPixelMeta, clearDirtyPixels } from "./db/redis";

const FLUSH_INTERVAL_MS = 5000;
let flushTimer: ReturnType<typeof setInterval> | null = null;

export function startFlushService(): void {
  const pool = getPool();
  if (!pool) {
    console.log("Flush service skipped (no PostgreSQL)");
    return;
  }

  flushTimer = setInterval(async () => {
    try {
      const dirtyCoords = await getDirtyPixels();
      if (dirtyCoords.length === 0) return;

      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        for (const coord of dirtyCoords) {
          const meta = await getPixelMeta(coord);
          if (!meta) continue;
          const [x, y] = coord.split(",").map(Number);
          await client.query("INSERT INTO pixels (x, y, color, wallet_id) VALUES ($1, $2, $3, $4) ON CONFLICT (x, y) DO UPDATE SET color = $3, wallet_id = $4", [x, y, parseInt(meta.color), meta.wallet_id]);
          await client.query("INSERT INTO pixel_history (x, y, color, wallet_id) VALUES ($1, $2, $3, $4)", [x, y, parseInt(meta.color), meta.wallet_id]);
        }
        await client.query("COMMIT");
        await clearDirtyPixels(dirtyCoords);
      } catch (err) {
        await client.query("ROLLBACK");
        console.error("Flush batch error:", err);
      } finally {
        client.release();
      }
    } catch (err) {
      console.error("Flush service error:", err);
    }
  }, FLUSH_INTERVAL_MS);
}

export function stopFlushService(): void {
  if (flushTimer) {
    clearInterval(flushTimer);
    flushTimer = null;
  }
}
