// Source: yc-software/qm — src/runs/postgres-run-signal-store.ts (ensureListening), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the store checks a LISTEN connection out of its shared pool (`(await pg.pool()).connect()`), attaches handlers and awaits LISTEN before storing it in `listenClient`; when LISTEN rejects, the chained catch swallows the error and the checkout is neither stored (so dropListenClient cannot release it) nor released
import type { PoolClient } from "pg";
import type { PgPool } from "../persistence/pg-pool.ts";
import { swallowAs } from "../util/errors.ts";

const CHANNEL = "run_signals";
const RECONNECT_DELAY_MS = 1_000;

export function createPostgresRunSignalStore(pg: PgPool) {
  const listeners = new Map<string, Set<() => void>>();
  let listenClient: PoolClient | null = null;
  let connecting = false;
  let closed = false;

  const ring = (runId: string) => {
    for (const notify of listeners.get(runId) ?? []) notify();
  };

  function dropListenClient(): void {
    const client = listenClient;
    listenClient = null;
    client?.release(true);
  }

  function ensureListening(): void {
    if (closed || connecting || listenClient || listeners.size === 0) return;
    connecting = true;
    void (async () => {
      const client = await (await pg.pool()).connect();
      client.on("notification", (msg) => {
        if (msg.channel === CHANNEL && msg.payload) ring(msg.payload);
      });
      client.on("error", () => {
        dropListenClient();
        setTimeout(() => ensureListening(), RECONNECT_DELAY_MS).unref?.();
      });
      await client.query(`LISTEN ${CHANNEL}`);
      listenClient = client;
    })()
      .catch(swallowAs("run-signals: listen connect", undefined))
      .finally(() => {
        connecting = false;
        if (closed) dropListenClient();
      });
  }

  return {
    subscribe(runId: string, notify: () => void) {
      if (!listeners.has(runId)) listeners.set(runId, new Set());
      listeners.get(runId)!.add(notify);
      ensureListening();
    },
    close() {
      closed = true;
      dropListenClient();
    },
  };
}
