// Source: gitcoinco/grants-stack-indexer — src/database/index.ts at 0e82e79^ (Database.acquireWriteLock, before "release client"), reduced by hand, not copied; the current version (release after the try) is the case apps/gitcoinco-grants-stack-indexer-acquire-write-lock.ts
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client is released only in the catch; when the advisory lock is simply not granted (lock = false, no error) the method returns null with the client still checked out
import { Pool, PoolClient } from "pg";

interface Logger {
  error(obj: unknown, msg: string): void;
}

export class Database {
  #connectionPool: Pool;
  #logger: Logger;
  databaseSchemaName: string;

  constructor(pool: Pool, logger: Logger, schema: string) {
    this.#connectionPool = pool;
    this.#logger = logger;
    this.databaseSchemaName = schema;
  }

  async acquireWriteLock(): Promise<{ release: () => Promise<void>; client: PoolClient } | null> {
    const client = await this.#connectionPool.connect();
    const lockId = this.databaseSchemaName.split("").reduce((acc, char) => acc + char.charCodeAt(0), 0);

    try {
      const result = await client.query(`SELECT pg_try_advisory_lock(${lockId}) as lock`);
      if (result.rows[0].lock === true) {
        return {
          release: async () => {
            await client.query(`SELECT pg_advisory_unlock(${lockId})`);
            client.release();
          },
          client,
        };
      }
    } catch (error) {
      this.#logger.error({ error }, "Failed to acquire write lock");
      client.release();
    }

    return null;
  }
}
