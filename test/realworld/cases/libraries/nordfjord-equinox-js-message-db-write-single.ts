// Source: nordfjord/equinox-js — packages/message-db/src/lib/MessageDbClient.ts (MessageDbWriter.writeSingleMessage), reduced by hand, not copied
// Label: safe
// Why: the write and the parse of its result are in the try; a failure is recorded on the span and rolled back in the catch, and the finally releases on every path
import { Pool } from "pg";
import { randomUUID } from "crypto";
import { trace, SpanStatusCode } from "@opentelemetry/api";

type WriteResult = { type: "Written"; position: bigint } | { type: "ConflictUnknown" };

export class MessageDbWriter {
  constructor(private readonly pool: Pool) {}

  async writeSingleMessage(
    streamName: string,
    message: { id?: string; type: string; data?: string; meta?: string },
    expectedVersion: bigint | null,
  ): Promise<WriteResult> {
    const client = await this.pool.connect();
    try {
      const results = await client.query("select message_store.write_message($1, $2, $3, $4, $5, $6)", [
        message.id || randomUUID(),
        streamName,
        message.type,
        message.data || null,
        message.meta || null,
        expectedVersion == null ? null : Number(expectedVersion),
      ]);
      return { type: "Written", position: BigInt(results.rows[0].write_message) };
    } catch (err: any) {
      const span = trace.getActiveSpan();
      span?.recordException(err);
      span?.setStatus({ code: SpanStatusCode.ERROR, message: "ConflictUnknown" });
      await client.query("rollback");
      return { type: "ConflictUnknown" };
    } finally {
      client.release();
    }
  }
}
