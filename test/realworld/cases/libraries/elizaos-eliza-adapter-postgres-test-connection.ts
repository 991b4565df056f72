// Source: elizaOS/eliza — packages/adapter-postgres/src/index.ts at 36c4d5d (PostgresDatabaseAdapter.testConnection), reduced by hand, not copied
// Label: safe
// Why: the checkout is taken inside the try into a `let` declared before it, and the finally releases it whenever it was taken (`if (client) client.release()`), the rethrowing catch included
import pg from "pg";

export class PostgresDatabaseAdapter {
  private pool: pg.Pool;

  constructor(connectionConfig: pg.PoolConfig) {
    this.pool = new pg.Pool({ max: 20, connectionTimeoutMillis: 5000, ...connectionConfig });
  }

  async testConnection(): Promise<boolean> {
    let client;
    try {
      client = await this.pool.connect();
      const result = await client.query("SELECT NOW()");
      console.log("Database connection test successful:", result.rows[0]);
      return true;
    } catch (error) {
      throw new Error(`Failed to connect to database: ${(error as Error).message}`);
    } finally {
      if (client) client.release();
    }
  }
}
