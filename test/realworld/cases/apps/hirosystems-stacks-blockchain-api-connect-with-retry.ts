// Source: hirosystems/stacks-blockchain-api — src/datastore/postgres-store.ts at 3cba0556 (PgDataStore.connectWithRetry), reduced by hand, not copied
// Label: hand-over
// Why: a retry loop around the checkout: a transient connect error waits and retries, anything else rethrows, and a client is returned to `query()`, whose finally releases it
import { Pool, PoolClient } from "pg";

import { logger, timeout } from "../helpers";

export class PgDataStore {
  readonly pool: Pool;

  constructor(pool: Pool) {
    this.pool = pool;
  }

  async connectWithRetry(): Promise<PoolClient> {
    for (let retryAttempts = 1; ; retryAttempts++) {
      try {
        const client = await this.pool.connect();
        return client;
      } catch (error: any) {
        if (error.code === "ECONNREFUSED" || error.code === "ETIMEDOUT") {
          logger.warn(`Postgres connection ${error.code}, will retry, attempt #${retryAttempts}`);
          await timeout(1000);
        } else if (error.message === "the database system is starting up") {
          await timeout(1000);
        } else {
          throw error;
        }
      }
    }
  }
}
