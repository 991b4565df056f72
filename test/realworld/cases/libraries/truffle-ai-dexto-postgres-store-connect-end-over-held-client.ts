// Source: truffle-ai/dexto — packages/storage/src/database/postgres-store.ts at ea2b18633 (PostgresStore.connect; the repository of PR #861, whose review thread is about this file's releases), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: when `SELECT NOW()`, the schema or the table creation fails, the catch awaits `this.pool.end()` while the probe's client is still checked out; pg-pool's end() settles only once every client is back, and the release waits in the finally behind it, so connect() never returns and the client is never released
import { Pool, PoolClient } from "pg";

interface Logger {
  info(msg: string): void;
  error(msg: string): void;
}

export class PostgresStore {
  private pool: Pool | null = null;
  private connected = false;

  constructor(
    private readonly config: { url: string; schema?: string },
    private readonly logger: Logger,
  ) {}

  async connect(): Promise<void> {
    this.pool = new Pool({ connectionString: this.config.url, max: 10 });

    let client;
    try {
      client = await this.pool.connect();
      await client.query("SELECT NOW()");
      if (this.config.schema) {
        await this.createSchema(client, this.config.schema);
      }
      await this.createTables(client);
      this.connected = true;
      this.logger.info("PostgreSQL database connected successfully");
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error(`PostgreSQL connection failed: ${message}`);
      if (this.pool) {
        await this.pool.end().catch(() => {});
        this.pool = null;
      }
      throw new Error(`PostgreSQL: ${message}`);
    } finally {
      if (client) {
        client.release();
      }
    }
  }

  private async createSchema(client: PoolClient, name: string): Promise<void> {
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${name}"`);
  }

  private async createTables(client: PoolClient): Promise<void> {
    await client.query("CREATE TABLE IF NOT EXISTS kv (key TEXT PRIMARY KEY, value JSONB)");
  }
}
