// Source: Worklenz/worklenz — worklenz-backend/src/cron_jobs/recurring-tasks.ts (onRecurringTaskJobTick), reduced by hand, not copied
// Label: safe
// Why: the lock client is taken before the try and released last in its finally; the advisory unlock before it is wrapped in its own try whose catch only logs through the project's log_error (console output, then an async Slack notification it does not await)
import type { PoolClient } from "pg";
import db from "./db";
import { log_error } from "./utils";

function log(message: string) {
  console.log(`[recurring-tasks] ${message}`);
}

async function acquireAdvisoryLock(client: PoolClient): Promise<boolean> {
  const { rows } = await client.query("SELECT pg_try_advisory_lock($1) AS acquired", [4242]);
  return rows[0]?.acquired === true;
}

async function releaseAdvisoryLock(client: PoolClient): Promise<void> {
  await client.query("SELECT pg_advisory_unlock($1)", [4242]);
}

declare function createSingleRecurringTask(template: unknown): Promise<boolean>;

export async function onRecurringTaskJobTick() {
  // the advisory lock is session-scoped: take and give it back on this one client
  const lockClient = await db.pool.connect();
  let lockAcquired = false;

  try {
    lockAcquired = await acquireAdvisoryLock(lockClient);
    if (!lockAcquired) {
      log("(cron) Skipped — another instance is already running.");
      return;
    }

    const templates = (await db.query("SELECT * FROM task_recurring_templates")).rows;
    let createdTaskCount = 0;
    for (const template of templates) {
      try {
        if (await createSingleRecurringTask(template)) createdTaskCount++;
      } catch (templateError) {
        log_error(templateError);
      }
    }
    log(`(cron) Recurring tasks job ended. Created ${createdTaskCount} task(s).`);
  } catch (error) {
    log_error(error);
  } finally {
    if (lockAcquired) {
      try {
        await releaseAdvisoryLock(lockClient);
      } catch (releaseError) {
        log_error(releaseError);
      }
    }
    lockClient.release();
  }
}
