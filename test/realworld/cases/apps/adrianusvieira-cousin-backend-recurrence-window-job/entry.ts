// Source: AdrianusVieira/cousin-backend — src/jobs/recurrence-window.ts at dbc3fc0 (processRecurrence), reduced by hand, not copied
// Label: safe
// Why: the recurrence-window job tops up a recurring bill or revenue: early returns come before the checkout, then the generated terms are inserted in one transaction whose catch rolls back and rethrows and whose finally releases
import { pool } from "./pool.js";
import { computeNextTerm, lookaheadCount } from "./recurrences.js";
import { createBill, createRevenue, deleteRecurrence } from "./repositories.js";

type WindowJobRow = { id: string; type: "bill" | "revenue"; interval_unit: string; total_count: string; future_count: string; max_term: string; template_name: string | null };

export async function processRecurrence(task: WindowJobRow): Promise<void> {
  if (Number(task.total_count) === 0) {
    await deleteRecurrence(pool, task.id);
    return;
  }

  const needed = lookaheadCount(task.interval_unit) - Number(task.future_count);
  if (needed <= 0) return;

  const client = await pool.connect();
  try {
    await client.query("begin");
    const common = { name: task.template_name ?? "", recurrenceId: task.id };
    let lastTerm = task.max_term;
    for (let i = 0; i < needed; i++) {
      lastTerm = computeNextTerm(lastTerm, task.interval_unit);
      if (task.type === "bill") {
        await createBill(client, { ...common, term: lastTerm });
      } else {
        await createRevenue(client, { ...common, term: lastTerm });
      }
    }
    await client.query("commit");
  } catch (error) {
    await client.query("rollback");
    throw error;
  } finally {
    client.release();
  }
}
