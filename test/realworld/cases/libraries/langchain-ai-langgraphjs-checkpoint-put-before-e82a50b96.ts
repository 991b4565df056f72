// Source: langchain-ai/langgraphjs — libs/checkpoint-postgres/src/index.ts at e82a50b96^ (PostgresSaver.put, before PR #2255 "move serialization outside transaction in put()"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: `this._dumpCheckpoint(checkpoint)` runs the serializer between connect() and the try; a checkpoint it cannot serialize throws there and the client is never released
import pg from "pg";

interface Serde {
  dumpsTyped(value: unknown): [string, Uint8Array];
}

export class PostgresSaver {
  constructor(private pool: pg.Pool, private serde: Serde) {}

  private _dumpCheckpoint(checkpoint: { channel_values: Record<string, unknown> }): unknown {
    const copy = { ...checkpoint, channel_values: {} };
    return JSON.parse(new TextDecoder().decode(this.serde.dumpsTyped(copy)[1]));
  }

  private async _dumpBlobs(threadId: string, values: Record<string, unknown>): Promise<unknown[][]> {
    return Object.entries(values).map(([channel, value]) => {
      const [type, bytes] = this.serde.dumpsTyped(value);
      return [threadId, channel, type, bytes];
    });
  }

  async put(config: { thread_id: string }, checkpoint: { id: string; channel_values: Record<string, unknown> }) {
    const client = await this.pool.connect();
    const serializedCheckpoint = this._dumpCheckpoint(checkpoint);
    try {
      await client.query("BEGIN");
      const blobs = await this._dumpBlobs(config.thread_id, checkpoint.channel_values);
      for (const blob of blobs) {
        await client.query("INSERT INTO checkpoint_blobs VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING", blob);
      }
      await client.query("INSERT INTO checkpoints (thread_id, checkpoint_id, checkpoint) VALUES ($1, $2, $3)", [
        config.thread_id,
        checkpoint.id,
        serializedCheckpoint,
      ]);
      await client.query("COMMIT");
    } catch (e) {
      await client.query("ROLLBACK");
      throw e;
    } finally {
      client.release();
    }
    return { configurable: { thread_id: config.thread_id, checkpoint_id: checkpoint.id } };
  }
}
