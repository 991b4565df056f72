// Source: darky/pg-trx-outbox — src/pg.ts (Pg.getClient), reduced by hand, not copied
// Label: hand-over
// Why: the checkout's promise is returned to the caller (the outbox's transfer and event-sourcing loops), which releases it
import { Pool, type PoolConfig } from "pg";

export class Pg {
  private pool: Pool;

  constructor(options: { pgOptions: PoolConfig; onError?: (err: Error) => void }) {
    this.pool = new Pool({ application_name: "pg_trx_outbox", ...options.pgOptions });
    this.pool.on("error", (err) => options.onError?.(err));
  }

  getClient() {
    return this.pool.connect();
  }

  async start() {
    await this.pool.query("select 1");
  }

  async stop() {
    await this.pool.end();
  }
}
