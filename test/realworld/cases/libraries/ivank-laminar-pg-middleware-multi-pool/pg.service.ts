import type { Pool, PoolClient } from "pg";

export interface PgClientConfig {
  logValues?: boolean;
}

export class PgService {
  constructor(public pool: Pool, public config: PgClientConfig = {}) {}

  connect(): Promise<PoolClient> {
    return this.pool.connect();
  }

  async stop(): Promise<this> {
    await this.pool.end();
    return this;
  }
}
