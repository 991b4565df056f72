// Source: SaadAhmad123/arvo-tools — packages/postgres/src/memory/v1/index.ts (PostgresMachineMemory.cleanup), reduced by hand, not copied
// Label: safe
// Why: three DELETEs on the one client are awaited together with Promise.all between BEGIN and COMMIT, inside the try; the catch's ROLLBACK can throw but the finally releases
import { Pool } from "pg";
import format from "pg-format";
import { type Span, SpanStatusCode } from "@opentelemetry/api";

export class PostgresMachineMemory {
  constructor(
    private pool: Pool,
    private tables: { state: string; lock: string; hierarchy: string },
    private enableCleanup: boolean,
  ) {}

  declare otel: <R>(args: { name: string; fn: (span?: Span) => Promise<R> }) => Promise<R>;

  async cleanup(id: string): Promise<void> {
    return await this.otel({
      name: "PostgresMachineMemory.v1.cleanup",
      fn: async (span) => {
        span?.setAttribute("subject", id);
        if (!this.enableCleanup) {
          span?.setAttribute("skipped", 1);
          span?.end();
          return;
        }
        const client = await this.pool.connect();
        try {
          await client.query("BEGIN");
          await Promise.all([
            client.query(format("DELETE FROM %I WHERE subject = $1", this.tables.state), [id]),
            client.query(format("DELETE FROM %I WHERE subject = $1", this.tables.lock), [id]),
            client.query(format("DELETE FROM %I WHERE subject = $1", this.tables.hierarchy), [id]),
          ]);
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK");
          span?.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
          throw error;
        } finally {
          client.release();
          span?.end();
        }
      },
    });
  }
}
