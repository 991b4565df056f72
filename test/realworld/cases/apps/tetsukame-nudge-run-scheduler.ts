// Source: tetsukame/nudge — src/worker/scheduler.ts (runScheduler), reduced by hand, not copied
// Label: safe
// Why: the worker passes the admin-role pool (one of two pools it builds); the three generators share one transaction and the client is released in finally
import pg from "pg";

declare function generateReminderBefore(client: pg.PoolClient): Promise<void>;
declare function generateDueToday(client: pg.PoolClient): Promise<void>;
declare function generateReNotify(client: pg.PoolClient): Promise<void>;

export async function runScheduler(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await generateReminderBefore(client);
    await generateDueToday(client);
    await generateReNotify(client);
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
