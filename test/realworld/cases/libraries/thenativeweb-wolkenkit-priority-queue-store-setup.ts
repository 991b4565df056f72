// Source: thenativeweb/wolkenkit — lib/stores/priorityQueueStore/Postgres/PostgresPriorityQueueStore.ts (setup), reduced by hand, not copied
// Label: safe
// Why: the retried table creation runs inside a `try` whose `finally` releases the connection once, whether the retries succeed or give up
import { retry } from "retry-ignore-abort";
import { Pool, PoolClient } from "pg";

class PostgresPriorityQueueStore {
  protected pool: Pool;
  protected tableNames: { items: string; priorityQueue: string };

  protected async getDatabase(): Promise<PoolClient> {
    const database = await retry(async (): Promise<PoolClient> => {
      const connection = await this.pool.connect();

      return connection;
    });

    return database;
  }

  protected constructor({ pool, tableNames }: { pool: Pool; tableNames: { items: string; priorityQueue: string } }) {
    this.pool = pool;
    this.tableNames = tableNames;
  }

  public async setup(): Promise<void> {
    const connection = await this.getDatabase();

    try {
      await retry(
        async (): Promise<void> => {
          await connection.query({
            name: "create items table",
            text: `CREATE TABLE IF NOT EXISTS "${this.tableNames.items}" ("discriminator" varchar(100) NOT NULL, "indexInQueue" integer NOT NULL, "item" jsonb NOT NULL)`,
          });
          await connection.query({
            name: "create priority queue table",
            text: `CREATE TABLE IF NOT EXISTS "${this.tableNames.priorityQueue}" ("discriminator" varchar(100) NOT NULL, "indexInPriorityQueue" integer NOT NULL, "lockUntil" bigint, "lockToken" uuid)`,
          });
        },
        { retries: 3, minTimeout: 100, factor: 1 },
      );
    } finally {
      connection.release();
    }
  }
}

export { PostgresPriorityQueueStore };
