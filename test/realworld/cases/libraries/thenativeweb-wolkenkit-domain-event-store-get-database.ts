// Source: thenativeweb/wolkenkit — lib/stores/domainEventStore/Postgres/PostgresDomainEventStore.ts (getDatabase), reduced by hand, not copied
// Label: hand-over
// Why: the retried callback returns the checkout and getDatabase returns what the retry resolves with; every caller releases it
import { retry } from "retry-ignore-abort";
import { Pool, PoolClient } from "pg";

class PostgresDomainEventStore {
  protected pool: Pool;

  protected async getDatabase(): Promise<PoolClient> {
    const database = await retry(async (): Promise<PoolClient> => {
      const connection = await this.pool.connect();

      return connection;
    });

    return database;
  }

  protected constructor({ pool }: { pool: Pool }) {
    this.pool = pool;
  }
}

export { PostgresDomainEventStore };
