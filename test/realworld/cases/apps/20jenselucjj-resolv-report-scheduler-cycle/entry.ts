// Source: 20jenselucjj/resolv — apps/api/src/services/report-scheduler.ts at 18dc59f (runSchedulerCycle), reduced by hand, not copied
// Label: safe
// Why: the scheduled-report daemon claims due schedules with FOR UPDATE SKIP LOCKED in a transaction, commits, then generates each report, all inside a try whose catch rolls back (errors swallowed) and rethrows and whose finally releases; an outer try/finally clears the running flag
import { pool } from "./pool.js";
import { processSchedule } from "./report-runner.js";

let schedulerRunning = false;
const schedulerStatus = { lastCheckAt: null as Date | null };

async function runSchedulerCycle(): Promise<void> {
  if (schedulerRunning) return;
  schedulerRunning = true;
  schedulerStatus.lastCheckAt = new Date();

  try {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const dueResult = await client.query(
        `SELECT rs.*, sr.name AS report_name FROM report_schedules rs JOIN saved_reports sr ON rs.report_id = sr.id
         WHERE rs.is_active = true AND rs.next_run_at <= NOW() ORDER BY rs.next_run_at ASC FOR UPDATE SKIP LOCKED`,
      );
      await client.query("COMMIT");

      for (const schedule of dueResult.rows) {
        await processSchedule(schedule);
      }
    } catch (err: any) {
      await client.query("ROLLBACK").catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  } catch (err: any) {
    console.error("[report-scheduler] Cycle failed:", err.message);
  } finally {
    schedulerRunning = false;
  }
}

export function startReportScheduler(intervalMs = 60_000) {
  return setInterval(() => void runSchedulerCycle(), intervalMs);
}
