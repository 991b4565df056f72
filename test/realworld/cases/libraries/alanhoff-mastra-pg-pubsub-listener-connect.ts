// Source: alanhoff/mastra-pg-pubsub — src/listener.ts (Listener.#connect), reduced by hand, not copied
// Label: hand-over
// Why: after LISTEN the client is kept in `this.#client`; when the listener closed meanwhile it is released and the function returns, and a failed LISTEN is released in the catch. The span calls after the early release cannot throw (the span is the package's SafeObservabilitySpan, which swallows its own errors), so the catch never releases a second time
import type { Pool, PoolClient } from "pg";
import { startObservabilitySpan } from "./observability";

export class Listener {
  #client: PoolClient | undefined;
  #closed = false;

  constructor(
    private readonly pool: Pool,
    private readonly channel: string,
    private readonly handlers: Map<string, Set<() => void>>,
  ) {}

  async connect(): Promise<void> {
    const span = startObservabilitySpan("pg_pubsub.listener.connect", { channel: this.channel });
    const client = await this.pool.connect();
    try {
      client.on("notification", (msg) => {
        for (const handler of this.handlers.get(msg.payload ?? "") ?? []) handler();
      });
      await client.query(`LISTEN "${this.channel}"`);
      if (this.#closed) {
        client.removeAllListeners("notification");
        client.release();
        span.setAttribute("listener.closed_before_ready", true);
        span.end();
        return;
      }
      this.#client = client;
      span.end();
    } catch (error) {
      client.removeAllListeners("notification");
      client.removeAllListeners("error");
      client.release();
      span.recordError(error);
      span.end({ code: "error", message: "listen connection failed" });
      throw error;
    }
  }
}
