// Source: piffie/eliza-adapter-postgres — src/client.ts (PostgresDatabaseAdapter.testConnection), reduced by hand, not copied
// Label: safe
// Why: `let client;` is assigned by the checkout inside the try, the failure path throws a wrapped error, and the finally releases whenever a client was obtained
import pg from "pg";

const logger = {
  success: (...args: unknown[]) => console.log(...args),
  error: (...args: unknown[]) => console.error(...args),
};

export class PostgresDatabaseAdapter {
  private pool: pg.Pool;

  constructor(connectionConfig: pg.PoolConfig) {
    this.pool = new pg.Pool(connectionConfig);
  }

  async testConnection(): Promise<boolean> {
    let client;
    try {
      client = await this.pool.connect();
      const result = await client.query("SELECT NOW()");
      logger.success("Database connection test successful:", result.rows[0]);
      return true;
    } catch (error) {
      logger.error("Database connection test failed:", error);
      throw new Error(`Failed to connect to database: ${(error as Error).message}`);
    } finally {
      if (client) client.release();
    }
  }
}
