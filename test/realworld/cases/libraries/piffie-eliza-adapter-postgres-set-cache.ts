// Source: piffie/eliza-adapter-postgres — src/client.ts (PostgresDatabaseAdapter.setCache), reduced by hand, not copied
// Label: safe
// Why: the agent framework's cache upsert runs BEGIN/INSERT/COMMIT in an inner try whose catch rolls back and answers false and whose finally releases; a failed checkout is caught by the outer try
import pg from "pg";

const logger = { error: (...args: unknown[]) => console.error(...args) };

export class PostgresDatabaseAdapter {
  private pool: pg.Pool;

  constructor(connectionConfig: pg.PoolConfig) {
    this.pool = new pg.Pool(connectionConfig);
  }

  private async withDatabase<T>(operation: () => Promise<T>, context: string): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      logger.error(`${context} failed`, error);
      throw error;
    }
  }

  async setCache(params: { key: string; agentId: string; value: string }): Promise<boolean> {
    return this.withDatabase(async () => {
      try {
        const client = await this.pool.connect();
        try {
          await client.query("BEGIN");
          await client.query(
            `INSERT INTO cache ("key", "agentId", "value", "createdAt") VALUES ($1, $2, $3, CURRENT_TIMESTAMP)
             ON CONFLICT ("key", "agentId") DO UPDATE SET "value" = EXCLUDED.value`,
            [params.key, params.agentId, params.value],
          );
          await client.query("COMMIT");
          return true;
        } catch (error) {
          await client.query("ROLLBACK");
          logger.error("Error setting cache", { key: params.key, error });
          return false;
        } finally {
          if (client) client.release();
        }
      } catch (error) {
        logger.error("Database connection error in setCache", error);
        return false;
      }
    }, "setCache");
  }
}
