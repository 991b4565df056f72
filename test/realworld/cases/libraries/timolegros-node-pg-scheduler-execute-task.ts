// Source: timolegros/node-pg-scheduler — src/abstracts/abstractScheduler.ts (executeTask), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: BEGIN, the SKIP LOCKED select, the DELETE and the COMMIT are awaited outside any try; when one rejects the client is never released (only the handler's failure is caught)
import { Pool, PoolConfig } from "pg";

type Task = { id: number; data: unknown };

export abstract class Scheduler {
  protected readonly pool: Pool;

  protected constructor(config: PoolConfig) {
    this.pool = new Pool(config);
  }

  protected async executeTask(task: Task, handler: (data: unknown) => Promise<void>): Promise<boolean> {
    const client = await this.pool.connect();
    console.debug(`executing task ${task.id}`);
    await client.query("BEGIN;");
    const result = await client.query("SELECT * FROM tasks WHERE id = $1 FOR UPDATE SKIP LOCKED", [task.id]);
    if (result.rows.length !== 1) {
      await client.query("ROLLBACK;");
      client.release();
      return false;
    }
    try {
      await handler(task.data);
    } catch (e) {
      console.error(`task ${task.id} failed`, e);
      await client.query("ROLLBACK;");
      client.release();
      return false;
    }
    await client.query("DELETE FROM tasks WHERE id = $1", [task.id]);
    await client.query("COMMIT;");
    client.release();
    return true;
  }
}
