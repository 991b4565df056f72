// Source: jacobpgn/apoq — src/index.ts at 2f0fe77^ (Apoq.work, before "Add default automatic retry and helper for custom retry"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: BEGIN and the SKIP LOCKED select run before any try, and the release follows the try/catch instead of a finally: a failing select, or a failing UPDATE or COMMIT in the catch, leaves the worker's client checked out
import { Pool } from "pg";
import { EventEmitter } from "events";

const TASKS = "apoq_tasks";

interface Processor {
  (task: { id: number; data: unknown }): Promise<void> | void;
}

export class Queue {
  private pool: Pool;
  private handlers: Record<string, { processor: Processor }> = {};
  events = new EventEmitter();

  constructor(connectionString: string) {
    this.pool = new Pool({ connectionString, application_name: "apoq" });
  }

  async work() {
    const client = await this.pool.connect();

    await client.query("BEGIN");
    const picked = await client.query(
      `SELECT * FROM ${TASKS} WHERE state = 'pending' AND type = ANY ($1) AND process_at <= NOW()
       ORDER BY process_at ASC FOR UPDATE SKIP LOCKED LIMIT 1`,
      [Object.keys(this.handlers)],
    );

    const task = picked.rows[0];

    if (!task) {
      await client.query("COMMIT");
      client.release();
      return 0;
    }

    try {
      await this.handlers[task.type].processor(task);
      const done = await client.query(
        `UPDATE ${TASKS} SET completed_at = NOW(), state = 'completed' WHERE id = $1 RETURNING *`,
        [task.id],
      );
      await client.query("COMMIT");
      this.events.emit("task.completed", done.rows[0]);
    } catch (e) {
      const failed = await client.query(`UPDATE ${TASKS} SET state = 'failed' WHERE id = $1 RETURNING *`, [task.id]);
      await client.query("COMMIT");
      this.events.emit("task.failed", failed.rows[0], e);
    }

    client.release();
    return 1;
  }
}
