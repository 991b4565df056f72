// Source: ocoda/event-sourcing — packages/integration/postgres/lib/postgres.event-store.ts (PostgresEventStore.connect), reduced by hand, not copied
// Label: hand-over
// Why: the store keeps one checkout for its cursors in `this.client` for its whole life; disconnect() releases it before ending the pool
import { Pool, type PoolClient } from "pg";

declare const logger: { log(message: string): void };

export class PostgresEventStoreSketch {
  private pool!: Pool;
  private client!: PoolClient;

  constructor(private readonly options: object) {}

  public async connect(): Promise<void> {
    logger.log("Starting store");
    this.pool = new Pool(this.options);
    this.client = await this.pool.connect();
  }

  public async disconnect(): Promise<void> {
    logger.log("Stopping store");
    this.client.release();
    await this.pool.end();
  }
}
