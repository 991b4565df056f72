// Source: AlbertoHugonin/JobLens — apps/api/src/repositories/activitiesRepository.ts at 18775f2e (requestActivityCancellation), reduced by hand, not copied
// Label: safe
// Why: the pool is a parameter typed with the app's `DatabasePool` alias; the row lock, the early ROLLBACK-and-return for a missing row, the two COMMIT-and-return branches and the final ROLLBACK all run in a `try` whose `catch` rolls back and rethrows and whose `finally` releases
import type { Pool, PoolClient } from "pg";

type DatabasePool = Pool;
interface ActivityRow { id: string; status: string; cancel_requested_at: string | null }

declare function insertActivityLog(client: PoolClient, entry: { activityId: string; data: unknown; level: string; message: string }): Promise<void>;
declare function mapActivity(row: ActivityRow): unknown;

export async function requestActivityCancellation(pool: DatabasePool, id: string) {
  const client = await pool.connect();

  try {
    await client.query("BEGIN");
    const locked = await client.query<ActivityRow>("SELECT * FROM activities WHERE id = $1 FOR UPDATE", [id]);
    const row = locked.rows[0];

    if (!row) {
      await client.query("ROLLBACK");
      return { activity: null };
    }

    if (row.status === "queued") {
      const updated = await client.query<ActivityRow>(
        "UPDATE activities SET status = 'cancelled', cancel_requested_at = COALESCE(cancel_requested_at, now()), finished_at = now() WHERE id = $1 RETURNING *",
        [id],
      );
      await insertActivityLog(client, { activityId: id, data: { previousStatus: row.status }, level: "warn", message: "Cancelled queued activity" });
      await client.query("COMMIT");
      return { activity: mapActivity(updated.rows[0] ?? row) };
    }

    if (row.status === "running") {
      const updated = await client.query<ActivityRow>(
        "UPDATE activities SET cancel_requested_at = COALESCE(cancel_requested_at, now()), message = 'Cancellation requested' WHERE id = $1 RETURNING *",
        [id],
      );
      if (!row.cancel_requested_at) {
        await insertActivityLog(client, { activityId: id, data: { previousStatus: row.status }, level: "warn", message: "Cancellation requested" });
      }
      await client.query("COMMIT");
      return { activity: mapActivity(updated.rows[0] ?? row) };
    }

    await client.query("ROLLBACK");
    return { activity: mapActivity(row), reason: "not_cancellable" };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
