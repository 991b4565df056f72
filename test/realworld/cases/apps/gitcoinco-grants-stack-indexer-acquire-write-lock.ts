// Source: gitcoinco/grants-stack-indexer — src/database/index.ts (Database.acquireWriteLock), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the advisory-lock id is computed (split/reduce over the schema name) between connect() and the try; a throw there leaves the client checked out
import { Pool, type PoolClient } from "pg";

interface Logger {
  error(obj: unknown, message: string): void;
}

export class Database {
  #connectionPool: Pool;
  #logger: Logger;
  readonly chainDataSchemaName: string;

  constructor(options: { connectionString: string; chainDataSchemaName: string; logger: Logger }) {
    this.#connectionPool = new Pool({ connectionString: options.connectionString });
    this.chainDataSchemaName = options.chainDataSchemaName;
    this.#logger = options.logger;
  }

  async acquireWriteLock(): Promise<{ release: () => Promise<void>; client: PoolClient } | null> {
    const client = await this.#connectionPool.connect();

    // one lock per schema
    const lockId = this.chainDataSchemaName.split("").reduce((acc, char) => acc + char.charCodeAt(0), 0);

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
    }

    client.release();
    return null;
  }
}
