// Source: timolegros/node-pg-scheduler — src/abstracts/abstractScheduler.ts (executeTask), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: BEGIN and the `FOR UPDATE SKIP LOCKED` select are awaited before any try; when either rejects, none of the releases runs
import type { Pool } from "pg";

type TaskType = { id: number; data: unknown };
type TaskHandlerType = (data: unknown) => Promise<void>;

const log = { debug: console.debug, info: console.info, error: console.error };

export abstract class AbstractScheduler {
  protected constructor(protected readonly pool: Pool) {}

  protected async executeTask(task: TaskType, handler: TaskHandlerType): Promise<boolean> {
    const client = await this.pool.connect();
    log.debug(`executeTask(): Executing task ${task.id}`);
    await client.query("BEGIN;");
    const result = await client.query("SELECT * FROM tasks WHERE id = $1 FOR UPDATE SKIP LOCKED;", [task.id]);

    if (result.rows.length !== 1) {
      log.info(`Task ${task.id} is already locked`);
      await client.query("ROLLBACK;");
      client.release();
      return false;
    }

    try {
      await handler(task.data);
    } catch (e) {
      log.error(`Error executing task ${task.id}`, e);
      await client.query("ROLLBACK;");
      client.release();
      return false;
    }

    await client.query("DELETE FROM tasks WHERE id = $1;", [task.id]);
    await client.query("COMMIT;");
    client.release();
    return true;
  }
}
