// Source: decentraland/governance — src/jobs/jobLocks.ts at cfe0d4a7 (withPgAdvisoryLock, "fix: harden jobs … from security audit (#1944)"), reduced by hand, not copied
// Label: safe
// Why: the lock client's try has a finally on every path: a skipped run (lock held elsewhere) releases it, a run that took the lock unlocks and releases, and a failed unlock destroys it with `release(unlockError)`
import { Pool } from "pg";
import logger from "../utils/logger";

type JobContext = { id: string };
type JobFunction = (context: JobContext) => Promise<void>;

let lockPool: Pool | undefined;

function getLockPool(): Pool {
  if (!lockPool) {
    lockPool = new Pool({ connectionString: process.env.CONNECTION_STRING });
  }
  return lockPool;
}

export const withPgAdvisoryLock = (jobName: string, jobFunction: JobFunction) => async (context: JobContext) => {
  const client = await getLockPool().connect();
  let lockAcquired = false;
  try {
    const result = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock(hashtext($1)) AS locked", [jobName]);
    if (!result.rows[0]?.locked) {
      logger.log(`${jobName} is already running on another instance, skipping this run.`);
      return;
    }
    lockAcquired = true;
    await jobFunction(context);
  } finally {
    if (lockAcquired) {
      try {
        await client.query("SELECT pg_advisory_unlock(hashtext($1))", [jobName]);
        client.release();
      } catch (unlockError) {
        client.release(unlockError as Error);
      }
    } else {
      client.release();
    }
  }
};
