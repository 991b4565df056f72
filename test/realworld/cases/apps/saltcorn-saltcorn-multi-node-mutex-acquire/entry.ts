// Source: saltcorn/saltcorn — packages/saltcorn-data/models/multi_node_mutex.ts (MultiNodeMutex.acquire), reduced by hand, not copied
// Label: hand-over
// Why: the advisory lock's client is kept in `this.lockConnections` until release(); a failed lock_timeout or pg_advisory_lock gives it back through releaseClient (RESET then release, or release(true) when the RESET fails) before rethrowing
import db from "./db";

const MUTEX_CLASSID = 7;
const DEFAULT_TIMEOUT_MS = 30000;

declare function acquireLockLocally(name: string, timeoutMs: number): Promise<void>;
declare function releaseLockLocally(name: string): void;

const releaseClient = async (client: any): Promise<void> => {
  try {
    await client.query("RESET lock_timeout");
    client.release();
  } catch (e) {
    client.release(true);
  }
};

export class MultiNodeMutex {
  private lockConnections: Map<string, any> = new Map();

  async acquire(name: string, opts: { timeoutMs?: number } = {}): Promise<void> {
    if (this.lockConnections.has(name)) return;
    const timeoutMs =
      opts.timeoutMs === undefined || !Number.isFinite(opts.timeoutMs) || opts.timeoutMs < 0
        ? DEFAULT_TIMEOUT_MS
        : Math.floor(opts.timeoutMs);
    if (db.driverName !== "postgres") {
      await acquireLockLocally(name, timeoutMs);
      this.lockConnections.set(name, true);
      return;
    }
    const client = await db.getClient();
    try {
      await client.query("select set_config('lock_timeout', $1, false)", [String(timeoutMs)]);
      await client.query("select pg_advisory_lock($1, hashtext($2))", [MUTEX_CLASSID, name]);
    } catch (e) {
      await releaseClient(client);
      throw e;
    }
    this.lockConnections.set(name, client);
  }

  async release(name: string): Promise<void> {
    const client = this.lockConnections.get(name);
    if (client === undefined) return;
    this.lockConnections.delete(name);
    if (db.driverName !== "postgres") {
      releaseLockLocally(name);
      return;
    }
    try {
      await client.query("select pg_advisory_unlock($1, hashtext($2))", [MUTEX_CLASSID, name]);
    } finally {
      await releaseClient(client);
    }
  }
}
