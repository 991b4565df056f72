// Source: MuhammadAsim6/ZigIndexerV3 — src/index.ts at f5b797a (main: the periodic reconcile `setInterval`), reduced by hand, not copied
// Label: safe
// Why: each reconcile tick skips while the previous one runs, checks out through `getPgPool()` and releases in a finally around the proto load and the cycle; the outer catch logs and the outer finally clears the running flag
import { getPgPool } from "./db/pg.ts";
import { log } from "./log.ts";
import { loadProtoRoot } from "./proto.ts";
import { runReconcileCycle } from "./reconcile.ts";

export function startReconcileLoop(rpc: unknown, protoDir: string, cfg: { reconcileIntervalMs?: number; reconcileMaxLagBlocks?: number }) {
  let reconcileRunning = false;
  return setInterval(async () => {
    if (reconcileRunning) {
      log.warn("[reconcile] previous cycle still running, skipping this tick");
      return;
    }
    reconcileRunning = true;
    try {
      const pool = getPgPool();
      const client = await pool.connect();
      try {
        const protoRoot = await loadProtoRoot(protoDir);
        await runReconcileCycle(client, rpc, protoRoot, {
          mode: "negative-only",
          maxLagBlocks: cfg.reconcileMaxLagBlocks ?? 10_000,
        });
      } finally {
        client.release();
      }
    } catch (err) {
      log.error("[reconcile] loop error:", err instanceof Error ? err.message : String(err));
    } finally {
      reconcileRunning = false;
    }
  }, cfg.reconcileIntervalMs ?? 5 * 60 * 1000);
}
