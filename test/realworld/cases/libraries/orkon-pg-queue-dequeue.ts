// Source: OrKoN/pg-queue — src/PgQueue.ts (PgQueue.dequeue), reduced by hand, not copied
// Label: safe
// Why: BEGIN, the job and COMMIT run in try; the catch rolls back and reports; `client.release()` is in finally
import { EventEmitter } from "node:events";
import type { Pool, PoolClient } from "pg";

export class JobQueue<T> extends EventEmitter {
  stopped = false;

  constructor(private pool: Pool, private queueName: string, private perform: (data: T, client: PoolClient) => Promise<void>) {
    super();
  }

  async dequeue(): Promise<number | undefined> {
    if (this.stopped) return;
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const { rows } = await client.query(
        "DELETE FROM jobs WHERE id = (SELECT id FROM jobs WHERE queue = $1 ORDER BY id FOR UPDATE SKIP LOCKED LIMIT 1) RETURNING data",
        [this.queueName],
      );
      if (rows.length > 0) {
        await this.perform(rows[0].data, client);
      }
      await client.query("COMMIT");
      return rows.length;
    } catch (e) {
      await client.query("ROLLBACK");
      this.emit("error", e);
    } finally {
      client.release();
    }
    return undefined;
  }
}
