// Source: nordfjord/equinox-js — packages/message-db/src/lib/MessageDbClient.ts (MessageDbWriter.writeMessages), reduced by hand, not copied
// Label: safe
// Why: BEGIN, one write per message and COMMIT are in the try; the catch rolls back and answers ConflictUnknown, and the finally releases before either result leaves
import { Pool } from "pg";
import { randomUUID } from "crypto";

type WriteResult = { type: "Written"; position: bigint } | { type: "ConflictUnknown" };

export class MessageDbWriter {
  constructor(private readonly pool: Pool) {}

  async writeMessages(
    streamName: string,
    messages: { id?: string; type: string; data: unknown; meta: unknown }[],
    expectedVersion: bigint | null,
  ): Promise<WriteResult> {
    const client = await this.pool.connect();
    let position = -1n;
    try {
      await client.query("BEGIN");
      for (const message of messages) {
        const results = await client.query("select message_store.write_message($1, $2, $3, $4, $5, $6)", [
          message.id || randomUUID(),
          streamName,
          message.type,
          JSON.stringify(message.data),
          JSON.stringify(message.meta),
          expectedVersion == null ? null : Number(expectedVersion++),
        ]);
        position = BigInt(results.rows[0].write_message);
      }
      await client.query("COMMIT");
    } catch (err) {
      await client.query("rollback");
      return { type: "ConflictUnknown" };
    } finally {
      client.release();
    }
    return { type: "Written", position };
  }
}
