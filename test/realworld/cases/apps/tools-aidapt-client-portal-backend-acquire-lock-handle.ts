// Source: tools-aidapt/Client_portal_backend — src/modules/admin/sync/sync-console.repository.ts (acquireLock), reduced by hand, not copied
// Label: hand-over
// Why: when the advisory lock is taken the client is kept by the returned handle, whose `release` unlocks and then releases in a finally; when it is not taken, or the query fails, the client is released at once
import { pool } from "../../../infra/db/pool";

export const syncConsoleRepository = {
  async acquireLock(entity: string): Promise<{ release: () => Promise<void> } | null> {
    const client = await pool.connect();
    try {
      const { rows } = await client.query<{ locked: boolean }>("select pg_try_advisory_lock(hashtext('portal.sync:' || $1)) as locked", [entity]);
      if (!rows[0]?.locked) {
        client.release();
        return null;
      }
      return {
        release: async () => {
          try {
            await client.query("select pg_advisory_unlock(hashtext('portal.sync:' || $1))", [entity]);
          } finally {
            client.release();
          }
        },
      };
    } catch (err) {
      client.release();
      throw err;
    }
  },
};
