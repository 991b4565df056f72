// Source: SaadAhmad123/arvo-tools — packages/postgres/src/memory/v1/index.ts (PostgresMachineMemory.lock), reduced by hand, not copied
// Label: safe
// Why: the workflow lock's retry loop — an upsert, an early `return true`, a backoff delay — runs inside a try whose finally releases the client, all inside the span callback
import { Pool } from "pg";
import format from "pg-format";
import { type Span, SpanStatusCode } from "@opentelemetry/api";

export class PostgresMachineMemory {
  constructor(
    private pool: Pool,
    private tables: { lock: string },
    private lockConfig: { maxRetries: number; initialDelayMs: number; backoffExponent: number; ttlMs: number },
  ) {}

  private async delay(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  declare otel: <R>(args: { name: string; fn: (span?: Span) => Promise<R> }) => Promise<R>;

  async lock(id: string): Promise<boolean> {
    return await this.otel({
      name: "PostgresMachineMemory.v1.lock",
      fn: async (span) => {
        span?.setAttribute("subject", id);
        const client = await this.pool.connect();
        try {
          for (let attempt = 0; attempt <= this.lockConfig.maxRetries; attempt++) {
            try {
              const result = await client.query(
                format(
                  `INSERT INTO %I (subject, locked_at, expires_at) VALUES ($1, NOW(), NOW() + ($2 || ' milliseconds')::INTERVAL)
                   ON CONFLICT (subject) DO UPDATE SET locked_at = NOW() WHERE %I.expires_at < NOW() RETURNING subject`,
                  this.tables.lock,
                  this.tables.lock,
                ),
                [id, this.lockConfig.ttlMs],
              );
              if (result.rowCount && result.rowCount > 0) {
                span?.setAttribute("acquired", 1);
                return true;
              }
              if (attempt < this.lockConfig.maxRetries) {
                await this.delay(this.lockConfig.initialDelayMs * this.lockConfig.backoffExponent ** attempt);
              }
            } catch (error) {
              span?.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
              throw error;
            }
          }
          span?.setAttribute("acquired", 0);
          return false;
        } catch (error) {
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
