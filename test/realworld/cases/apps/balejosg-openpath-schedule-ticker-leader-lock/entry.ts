// Source: balejosg/openpath — api/src/lib/schedule-boundary-ticker.ts at 2f9b00a (ensureStarted), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the leader's checkout `c` is kept in the outer `client` only once pg_try_advisory_lock says acquired; when that lock query throws, the catch releases `client?.` — still null — so `c` is never given back
import type { PoolClient } from "pg";
import { pool } from "./legacy-pool";
import { logger, getErrorMessage } from "./logger";

export function createTicker(params: { runTick: () => Promise<void>; retryMs: number }) {
  let client: PoolClient | null = null;
  let startPromise: Promise<void> | null = null;
  let retry: NodeJS.Timeout | null = null;

  async function ensureStarted(): Promise<void> {
    if (client) return;
    if (startPromise) {
      await startPromise;
      return;
    }
    startPromise = (async (): Promise<void> => {
      try {
        const c = await pool.connect();
        const lock = await c.query<{ acquired: boolean }>("SELECT pg_try_advisory_lock(hashtext($1)) AS acquired", ["ticker"]);
        if (lock.rows[0]?.acquired !== true) {
          c.release();
          retry = setTimeout(() => {
            retry = null;
            startPromise = null;
            void ensureStarted();
          }, params.retryMs);
          retry.unref();
          return;
        }
        client = c;
        c.on("error", () => {
          void stop();
        });
        await params.runTick();
      } catch (error: unknown) {
        logger.warn("Failed to start schedule ticker", { error: getErrorMessage(error) });
        try {
          client?.release();
        } catch {
          // ignore
        }
        client = null;
      } finally {
        startPromise = null;
      }
    })();
    await startPromise;
  }

  async function stop(): Promise<void> {
    if (retry) clearTimeout(retry);
    const held = client;
    client = null;
    held?.release();
  }

  return { ensureStarted, stop };
}
