// Source: bytebase/dbhub — src/connectors/postgres/index.ts (PostgresConnector.connect), reduced by hand, not copied
// Label: safe
// Why: the connection test checks out a client and releases it on the next line; a failed connect ends the pool in the catch and rethrows
import pg from "pg";

declare function closeQuietly(fn: () => Promise<void>): Promise<void>;
declare function parseDsn(dsn: string, config?: { readonly?: boolean }): Promise<pg.PoolConfig>;

export class PostgresConnector {
  private pool: pg.Pool | null = null;
  private defaultSchema = "public";

  async connect(dsn: string, initScript?: string, config?: { readonly?: boolean; searchPath?: string }): Promise<void> {
    this.defaultSchema = "public";
    try {
      const poolConfig = await parseDsn(dsn, config);
      if (config?.readonly) {
        poolConfig.options = (poolConfig.options || "") + " -c default_transaction_read_only=on";
      }
      if (config?.searchPath) {
        const schemas = config.searchPath.split(",").map((s) => s.trim()).filter((s) => s.length > 0);
        if (schemas.length > 0) {
          this.defaultSchema = schemas[0];
          const optionsValue = schemas.map((s) => `"${s}"`).join(",").replace(/\\/g, "\\\\").replace(/ /g, "\\ ");
          poolConfig.options = (poolConfig.options || "") + ` -c search_path=${optionsValue}`;
        }
      }

      this.pool = new pg.Pool(poolConfig);

      // Test the connection
      const client = await this.pool.connect();
      client.release();
    } catch (err) {
      if (this.pool) {
        const pool = this.pool;
        this.pool = null;
        await closeQuietly(() => pool.end());
      }
      console.error("Failed to connect to PostgreSQL database:", err);
      throw err;
    }
  }
}
