// Source: thenativeweb/wolkenkit — lib/stores/domainEventStore/Postgres/PostgresDomainEventStore.ts (getLastDomainEvent), reduced by hand, not copied
// Label: safe
// Why: the query and the early `return` for no rows sit in a `try` whose `finally` releases the connection
import { retry } from "retry-ignore-abort";
import { Pool, PoolClient } from "pg";
import { DomainEvent } from "./domain-event";

class PostgresDomainEventStore {
  protected pool: Pool;
  protected tableName: string;

  protected async getDatabase(): Promise<PoolClient> {
    const database = await retry(async (): Promise<PoolClient> => {
      const connection = await this.pool.connect();

      return connection;
    });

    return database;
  }

  protected constructor({ pool, tableName }: { pool: Pool; tableName: string }) {
    this.pool = pool;
    this.tableName = tableName;
  }

  public async getLastDomainEvent({ aggregateId }: { aggregateId: string }): Promise<DomainEvent | undefined> {
    const connection = await this.getDatabase();

    try {
      const result = await connection.query({
        name: "get last domain event",
        text: `SELECT "domainEvent" FROM "${this.tableName}" WHERE "aggregateId" = $1 ORDER BY "revision" DESC LIMIT 1`,
        values: [aggregateId],
      });

      if (result.rows.length === 0) {
        return;
      }

      const domainEvent = new DomainEvent(result.rows[0].domainEvent);

      return domainEvent;
    } finally {
      connection.release();
    }
  }
}

export { PostgresDomainEventStore };
