// Source: graphile/crystal — utils/lds/src/pg-logical-decoding.ts (PgLogicalDecoding.getClient and onPoolError), reduced by hand, not copied
// Label: hand-over
// Why: the checkout's promise is kept in `this.client` for the decoder's lifetime; the pool-error handler and close() release it
import type { Pool, PoolClient } from "pg";

export class LogicalDecodingSketch {
  private client: Promise<PoolClient> | null = null;

  constructor(private pool: Pool | null) {}

  private async getClient(): Promise<PoolClient> {
    if (!this.pool) {
      throw new Error("Pool has been closed");
    }
    if (this.client) {
      return this.client;
    }
    this.client = this.pool.connect();
    return this.client.catch((e) => {
      this.client = null;
      return Promise.reject(e);
    });
  }

  private onPoolError = (err: Error) => {
    if (this.client) {
      this.client.then((c) => c.release(err)).catch(() => {});
    }
    this.client = null;
  };
}
