// Source: Laudkyle/Aptbooks-backend — src/utilities/scheduled-tasks/scheduler.js at b193ee6 (startScheduler's tick), reduced by hand, not copied
// Label: safe
// Why: the polling task scheduler's tick holds one client for the whole pass over due tasks (advisory lock, run log, the handler with its own catch, the reschedule, the unlock) inside a try whose finally releases; setInterval swallows a failed tick
const os = require("os");
const { pool } = require("./pool");
const { markRun, computeNextRunAt } = require("./runs");

async function startScheduler({ tasks, pollIntervalMs = 5000 }) {
  const instanceId = `${os.hostname()}:${process.pid}`;

  async function tick() {
    const client = await pool.connect();
    try {
      const { rows: due } = await client.query(
        "SELECT * FROM scheduled_tasks WHERE is_enabled=TRUE AND next_run_at <= NOW() ORDER BY next_run_at ASC LIMIT 5"
      );

      for (const task of due) {
        const handler = tasks.find((x) => x.code === task.code)?.handler;
        if (!handler) {
          await client.query("UPDATE scheduled_tasks SET is_enabled=FALSE WHERE code=$1", [task.code]);
          await markRun({ taskCode: task.code, status: "failed", message: "No handler registered" });
          continue;
        }

        const { rows: lockRows } = await client.query("SELECT pg_try_advisory_lock(hashtext($1)) AS ok", [task.code]);
        if (!lockRows[0]?.ok) continue;

        await client.query("UPDATE scheduled_tasks SET locked_at=NOW(), locked_by=$2 WHERE code=$1", [task.code, instanceId]);

        let status = "success";
        try {
          await handler({ task });
        } catch (e) {
          status = "failed";
        }

        await client.query("UPDATE scheduled_tasks SET next_run_at=$2, locked_at=NULL, locked_by=NULL WHERE code=$1", [
          task.code,
          computeNextRunAt(task),
        ]);
        await markRun({ taskCode: task.code, status });
        await client.query("SELECT pg_advisory_unlock(hashtext($1))", [task.code]);
      }
    } finally {
      client.release();
    }
  }

  await tick();
  setInterval(() => tick().catch(() => {}), pollIntervalMs);
}

module.exports = { startScheduler };
