// Source: executeautomation/mcp-database-server — src/db/postgresql-adapter.ts (PostgresqlAdapter.init), reduced by hand, not copied
// Label: safe
// Why: the adapter's own `pg.Client`, kept in `this.client` for the server's life and ended by close(); no pool checkout
import pg from "pg";

export class PostgresqlAdapter {
  private client: pg.Client | null = null;
  private config: pg.ClientConfig;

  constructor(private readonly host: string, private readonly database: string, config: pg.ClientConfig) {
    this.config = { ...config, host, database, connectionTimeoutMillis: config.connectionTimeoutMillis || 30000 };
  }

  async init(): Promise<void> {
    try {
      console.error(`[INFO] Connecting to PostgreSQL: ${this.host}, Database: ${this.database}`);
      this.client = new pg.Client(this.config);
      await this.client.connect();
      console.error(`[INFO] PostgreSQL connection established successfully`);
    } catch (err) {
      console.error(`[ERROR] PostgreSQL connection error: ${(err as Error).message}`);
      throw new Error(`Failed to connect to PostgreSQL: ${(err as Error).message}`);
    }
  }

  async all(query: string, params: any[] = []): Promise<any[]> {
    if (!this.client) {
      throw new Error("Database not initialized");
    }
    const preparedQuery = query.replace(/\?/g, (_, i) => `$${i + 1}`);
    const result = await this.client.query(preparedQuery, params);
    return result.rows;
  }

  async close(): Promise<void> {
    if (this.client) {
      await this.client.end();
      this.client = null;
    }
  }
}
