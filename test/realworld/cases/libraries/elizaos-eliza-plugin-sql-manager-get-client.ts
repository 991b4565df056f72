// Source: elizaOS/eliza — packages/plugin-sql/src/pg/manager.ts (PostgresConnectionManager.getClient), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is returned to the caller (the adapter's withDatabase, which releases it in a finally)
import { Pool, type PoolClient, type PoolConfig } from "pg";

export class PostgresConnectionManager {
  private pool: Pool;

  constructor(connectionString: string, rlsServerId?: string) {
    const poolConfig: PoolConfig = { connectionString };
    if (rlsServerId) poolConfig.application_name = rlsServerId;
    this.pool = new Pool(poolConfig);
  }

  public async getClient(): Promise<PoolClient> {
    return this.pool.connect();
  }

  public async close(): Promise<void> {
    await this.pool.end();
  }
}
