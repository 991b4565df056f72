// Source: jacobpgn/apoq — src/index.ts (Apoq.work), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: BEGIN and the SKIP LOCKED select run before the try whose finally releases: if either rejects (lock timeout, lost connection) the client is never released
import { Pool } from "pg";

export class Apoq {
  private taskConfig: Record<string, { processor: (task: any) => Promise<void> }> = {};

  constructor(private pool: Pool) {}

  async work() {
    const client = await this.pool.connect();

    await client.query("BEGIN");
    const taskResult = await client.query(
      `SELECT * FROM apoq_tasks WHERE state = 'pending' AND type = ANY ($1)
       ORDER BY process_at ASC FOR UPDATE SKIP LOCKED LIMIT 1`,
      [Object.keys(this.taskConfig)],
    );

    const task = taskResult.rows[0];

    if (!task) {
      await client.query("COMMIT");
      client.release();
      return 0;
    }

    const config = this.taskConfig[task.type];

    try {
      await config.processor(task);
      await client.query("UPDATE apoq_tasks SET state = 'completed' WHERE id = $1", [task.id]);
      await client.query("COMMIT");
    } catch (e) {
      await client.query("UPDATE apoq_tasks SET fail_count = fail_count + 1 WHERE id = $1", [task.id]);
      await client.query("COMMIT");
    } finally {
      client.release();
    }

    return 1;
  }
}
