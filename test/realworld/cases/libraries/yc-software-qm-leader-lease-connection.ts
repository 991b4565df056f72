// Source: yc-software/qm — src/persistence/leader-lease.ts (createLeaderLease's client), reduced by hand, not copied
// Label: hand-over
// Why: the lease keeps one dedicated connection for its session advisory locks: the async IIFE checks it out, attaches an error handler that drops (and destroys) it, and resolves it into `entry.cp`, kept in the module's `conn`; drop() is what releases it
import type { PoolClient } from "pg";
import type { PgPool } from "./pg-pool.ts";
import { swallow } from "../util/errors.ts";

interface Conn {
  cp: Promise<PoolClient>;
  onError: (e: unknown) => void;
  lost: Set<() => void>;
}

export function createLeaderLease(pg: PgPool) {
  let conn: Conn | null = null;

  function drop(entry: Conn, c: PoolClient, destroy: boolean): void {
    if (conn !== entry) return;
    conn = null;
    for (const notify of entry.lost) notify();
    entry.lost.clear();
    c.removeListener("error", entry.onError);
    try {
      c.release(destroy);
    } catch (e) {
      swallow("leader-lease: client release failed", e);
    }
  }

  function client(): Conn {
    if (!conn) {
      const entry: Conn = { cp: undefined as unknown as Promise<PoolClient>, onError: () => {}, lost: new Set() };
      entry.cp = (async () => {
        const c = await (await pg.pool()).connect();
        entry.onError = (e: unknown) => {
          swallow("leader-lease: lock connection died (its locks auto-released)", e);
          drop(entry, c, true);
        };
        c.on("error", entry.onError);
        return c;
      })();
      entry.cp.catch(() => {
        if (conn === entry) conn = null;
      });
      conn = entry;
    }
    return conn;
  }

  return { client, drop };
}
