// Source: usekaneo/kaneo — apps/api/src/scheduler/leader-lock.ts at 6dc6f3ad (withLeaderLock, PR #1649 "make notifications and seat reconciliation survive replicas", after its review thread), reduced by hand, not copied
// Label: safe
// Why: the try follows the checkout at once; its finally tries the advisory unlock (errors caught into `unlockError`) and then releases, destroying the client when the unlock failed
import { Pool } from "pg";

let pool: Pool | undefined;
export function getDatabasePool(): Pool {
  pool ??= new Pool({ connectionString: process.env.DATABASE_URL });
  return pool;
}

export async function withLeaderLock<T>(lockKey: number, run: () => Promise<T>, whenHeldElsewhere: () => T): Promise<T> {
  const client = await getDatabasePool().connect();
  let acquired = false;

  try {
    const result = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [lockKey]);
    acquired = result.rows[0]?.locked === true;
    if (!acquired) {
      return whenHeldElsewhere();
    }
    return await run();
  } finally {
    let unlockError: unknown;
    if (acquired) {
      unlockError = await client
        .query("SELECT pg_advisory_unlock($1)", [lockKey])
        .then(() => undefined)
        .catch((err) => err);
      if (unlockError) {
        console.error(`Failed to release advisory lock ${lockKey}`, unlockError);
      }
    }
    client.release(unlockError ? true : undefined);
  }
}
