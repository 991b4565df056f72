// Source: Zhihong0321/grouter — src/lib/supplierKeySync.ts at 154355c (syncAllSupplierKeys), reduced by hand, not copied
// Label: safe
// Why: the pool arrives as `options.pg` (typed `Pool`); a session advisory lock is taken inside the try and a typed error thrown when it is held elsewhere, the supplier fetch and a nested BEGIN…COMMIT with its own ROLLBACK run next, and the finally unlocks with `.catch(() => undefined)` before releasing
import type { Pool } from "pg";

export interface SyncOptions {
  pg: Pool;
  client: { listKeys(): Promise<Array<{ id: string; name: string }>> };
}

class SyncError extends Error {
  constructor(readonly type: string, message: string) {
    super(message);
  }
}

const LOCK = "supplier_key_sync";

export async function syncAllKeys(options: SyncOptions): Promise<{ count: number }> {
  const connection = await options.pg.connect();
  let lockAcquired = false;
  try {
    const lock = await connection.query<{ acquired: boolean }>("SELECT pg_try_advisory_lock(hashtext($1)) AS acquired", [LOCK]);
    lockAcquired = lock.rows[0]?.acquired === true;
    if (!lockAcquired) throw new SyncError("already_running", "Another synchronization is already running");

    const keys = await options.client.listKeys();
    await connection.query("BEGIN");
    try {
      await connection.query("UPDATE supplier_keys SET present = false");
      for (const key of keys) {
        await connection.query("INSERT INTO supplier_keys (id, name, present) VALUES ($1, $2, true) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, present = true", [key.id, key.name]);
      }
      await connection.query("COMMIT");
    } catch (err) {
      await connection.query("ROLLBACK");
      throw err;
    }
    return { count: keys.length };
  } finally {
    if (lockAcquired) await connection.query("SELECT pg_advisory_unlock(hashtext($1))", [LOCK]).catch(() => undefined);
    connection.release();
  }
}
