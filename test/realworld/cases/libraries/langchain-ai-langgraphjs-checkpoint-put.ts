// Source: langchain-ai/langgraphjs — libs/checkpoint-postgres/src/index.ts (PostgresSaver.put), reduced by hand, not copied
// Label: safe
// Why: the serialisation awaits run before connect(); BEGIN, the loop of upserts and COMMIT are inside the try, ROLLBACK in the catch, release in the finally
import pg from "pg";

export class PostgresSaver {
  constructor(private pool: pg.Pool) {}

  private async dump(values: unknown[]): Promise<unknown[][]> {
    return values.map((v) => [JSON.stringify(v)]);
  }

  async put(threadId: string, values: unknown[]): Promise<string> {
    const [blobs] = await Promise.all([this.dump(values)]);
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      for (const blob of blobs) {
        await client.query("INSERT INTO blobs (data) VALUES ($1) ON CONFLICT DO NOTHING", blob);
      }
      await client.query("INSERT INTO checkpoints (thread_id) VALUES ($1)", [threadId]);
      await client.query("COMMIT");
    } catch (e) {
      await client.query("ROLLBACK");
      throw e;
    } finally {
      client.release();
    }
    return threadId;
  }
}
