// Source: xataio/agent — apps/dbagent/src/lib/monitoring/runner.ts (runSchedule, at commit f4374f4 "Fix connection leaking in the target db"), reduced by hand, not copied
// Label: safe
// Why: the fix wraps the playbooks, summary and notification in a try whose finally ends the target client
import { getTargetDbConnection } from "./lib/targetdb";
import { getConnection, insertScheduleRun } from "@dbagent/store";
import { getModelInstance, runModelPlaybook, decideNotificationLevel, summarizeResult, shouldNotify, sendScheduleNotification } from "@dbagent/ai";

export async function runSchedule(schedule: any, now: Date) {
  const connection = await getConnection(schedule.connectionId);
  if (!connection) {
    throw new Error(`Connection ${schedule.connectionId} not found`);
  }
  const targetClient = await getTargetDbConnection(connection.connectionString);
  try {
    const modelInstance = getModelInstance(schedule.model);
    const messages: any[] = [];

    const result = await runModelPlaybook(messages, modelInstance, connection, targetClient, schedule.playbook);
    messages.push({ role: "assistant", content: result.text });

    const notification = await decideNotificationLevel(messages, modelInstance);
    const resultText = await summarizeResult(messages, modelInstance);
    const run = await insertScheduleRun({ scheduleId: schedule.id, result: resultText, createdAt: now.toISOString() });

    if (shouldNotify(schedule.notifyLevel, notification.level)) {
      await sendScheduleNotification(run, schedule, connection, notification.level, resultText);
    }
    return run;
  } finally {
    await targetClient.end();
  }
}
