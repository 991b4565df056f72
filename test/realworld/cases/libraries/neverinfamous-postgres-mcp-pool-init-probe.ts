// Source: neverinfamous/postgres-mcp — src/pool/connection-pool.ts (ConnectionPool.initialize), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the probe's release is not in a finally: when `SELECT version()` throws, the catch awaits pool.end(), which waits for the unreleased client and never settles
import pg from "pg";

export class ConnectionPool {
  private pool: pg.Pool | null = null;

  async initialize(config: pg.PoolConfig) {
    try {
      this.pool = new pg.Pool(config);
      this.pool.on("error", (err) => console.error("Pool error", err.message));
      const client = await this.pool.connect();
      const result = await client.query("SELECT version()");
      client.release();
      console.info("pool initialized", result.rows[0]?.version ?? "unknown");
    } catch (error) {
      if (this.pool !== null) {
        try {
          await this.pool.end();
        } catch {
          // ignore
        }
        this.pool = null;
      }
      throw new Error(`Failed to connect to PostgreSQL: ${(error as Error).message}`);
    }
  }
}
