// Source: langchain-ai/langgraphjs — libs/checkpoint-postgres/src/index.ts (PostgresSaver.putWrites), reduced by hand, not copied
// Label: safe
// Why: the writes are serialised before connect(); BEGIN, the inserts and COMMIT are in the try, ROLLBACK in the catch, release in the finally
import pg from "pg";

export class PostgresSaver {
  constructor(private pool: pg.Pool) {}

  private async _dumpWrites(threadId: string, taskId: string, writes: [string, unknown][]): Promise<unknown[][]> {
    return writes.map(([channel, value], idx) => [threadId, taskId, idx, channel, JSON.stringify(value)]);
  }

  async putWrites(config: { thread_id: string }, writes: [string, unknown][], taskId: string): Promise<void> {
    const query = writes.every((w) => w[0].startsWith("__"))
      ? "INSERT INTO checkpoint_writes VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO UPDATE SET value = EXCLUDED.value"
      : "INSERT INTO checkpoint_writes VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING";
    const dumpedWrites = await this._dumpWrites(config.thread_id, taskId, writes);
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      for await (const dumpedWrite of dumpedWrites) {
        await client.query(query, dumpedWrite);
      }
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }
}
