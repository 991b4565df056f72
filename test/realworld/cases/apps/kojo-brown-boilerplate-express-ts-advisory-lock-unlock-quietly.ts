// Source: Kojo-Brown/boilerplate-express-ts — src/db/advisory-lock.ts (withAdvisorySessionLock, unlockQuietly), reduced by hand, not copied
// Label: safe
// Why: the finally awaits unlockQuietly before the release, but unlockQuietly's whole body is a try whose catch logs and returns false, so it never rejects and the release always runs
import type { PoolClient } from "pg";
import { getPool } from "./pool";

export interface AdvisoryLockKey {
  namespace: string;
  name: string;
  classId: number;
  objId: number;
}

export function formatAdvisoryLockKey(key: AdvisoryLockKey): string {
  return `${key.namespace}/${key.name} (${key.classId}, ${key.objId})`;
}

export async function withAdvisorySessionLock<T>(key: AdvisoryLockKey, fn: (client: PoolClient) => Promise<T>) {
  const client: PoolClient = await getPool().connect();
  let held = false;
  try {
    await client.query("BEGIN");
    try {
      const result = await client.query<{ acquired: boolean }>("SELECT pg_try_advisory_lock($1::int4, $2::int4) AS acquired", [key.classId, key.objId]);
      held = result.rows[0]?.acquired === true;
      await client.query("COMMIT");
    } catch (err) {
      await rollbackQuietly(client);
      throw err;
    }
    if (!held) return { acquired: false as const };
    return { acquired: true as const, value: await fn(client) };
  } finally {
    if (held) held = !(await unlockQuietly(client, key));
    client.release(held ? new Error(`advisory lock ${formatAdvisoryLockKey(key)} was not released`) : undefined);
  }
}

async function unlockQuietly(client: PoolClient, key: AdvisoryLockKey): Promise<boolean> {
  try {
    const result = await client.query<{ released: boolean }>("SELECT pg_advisory_unlock($1::int4, $2::int4) AS released", [key.classId, key.objId]);
    if (result.rows[0]?.released === true) return true;
    console.error(`[advisory lock] ${formatAdvisoryLockKey(key)} was not held at release`);
    return false;
  } catch (err) {
    console.error(`[advisory lock] failed to release ${formatAdvisoryLockKey(key)}:`, err);
    return false;
  }
}

async function rollbackQuietly(client: PoolClient): Promise<void> {
  try {
    await client.query("ROLLBACK");
  } catch {
    // the acquisition failure is what propagates
  }
}
