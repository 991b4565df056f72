// Source: Worklenz/worklenz — worklenz-backend/src/cron_jobs/recurring-tasks.ts (createSingleRecurringTask), reduced by hand, not copied
// Label: safe
// Why: the early `return false` after its ROLLBACK, the COMMIT path and the catch (rollback, then return or rethrow) all leave through the finally that releases
import db from "./db";

interface Template {
  name: string;
  project_id: string;
  schedule_id: string;
  assignees?: Array<{ team_member_id: string; assigned_by: string }>;
}

export async function createSingleRecurringTask(template: Template, nextEndDate: string): Promise<boolean> {
  const client = await db.pool.connect();
  try {
    await client.query("BEGIN");

    const createTaskResult = await client.query("SELECT create_quick_task($1::json) as task;", [
      JSON.stringify({ name: template.name, project_id: template.project_id, end_date: nextEndDate }),
    ]);
    const createdTask = createTaskResult.rows[0]?.task;

    if (!createdTask) {
      await client.query("ROLLBACK");
      return false;
    }

    for (const assignee of template.assignees ?? []) {
      await client.query("SELECT create_bulk_task_assignees($1,$2,$3,$4)", [
        assignee.team_member_id,
        template.project_id,
        createdTask.id,
        assignee.assigned_by,
      ]);
    }

    await client.query("UPDATE task_recurring_schedules SET last_checked_at = NOW() WHERE id = $1;", [template.schedule_id]);

    await client.query("COMMIT");
    return true;
  } catch (error: any) {
    await client.query("ROLLBACK");
    if (error?.code === "23505") {
      return false;
    }
    throw error;
  } finally {
    client.release();
  }
}
