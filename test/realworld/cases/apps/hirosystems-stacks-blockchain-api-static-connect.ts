// Source: hirosystems/stacks-blockchain-api — src/datastore/postgres-store.ts at 3cba0556 (static PgDataStore.connect), reduced by hand, not copied
// Label: safe
// Why: a start-up probe into an outer `let poolClient`: the finally releases it with `poolClient?.release()` whether the checkout, the store construction or nothing failed
import { Pool, PoolClient } from "pg";

import { logError, logger } from "../helpers";

export class PgDataStore {
  constructor(readonly pool: Pool) {}

  static async connect(clientConfig: object): Promise<PgDataStore> {
    const pool = new Pool({ ...clientConfig });
    pool.on("error", (error) => {
      logger.error(`Postgres connection pool error: ${error.message}`, error);
    });
    let poolClient: PoolClient | undefined;
    try {
      poolClient = await pool.connect();
      return new PgDataStore(pool);
    } catch (error) {
      logError(`Error connecting to Postgres: ${error}`, error);
      throw error;
    } finally {
      poolClient?.release();
    }
  }
}
