// Source: dhaniverse/contrag — src/plugins/postgres.ts at 308332f (PostgresPlugin.testConnection), reduced by hand, not copied
// Label: leak
// Why: the context-builder's Postgres plugin checks health by awaiting `SELECT NOW()` on a checkout before `client.release()`; when the query rejects, the catch returns `connected: false` and the client stays checked out
import { Pool, PoolConfig } from "pg";

interface ConnectionTestResult {
  plugin: string;
  connected: boolean;
  latency?: number;
  error?: string;
  details?: Record<string, unknown>;
}

export class PostgresPlugin {
  name = "postgres";
  private pool: Pool | null = null;

  async connect(config: PoolConfig): Promise<void> {
    this.pool = new Pool(config);
  }

  async testConnection(): Promise<ConnectionTestResult> {
    const startTime = Date.now();

    try {
      if (!this.pool) {
        throw new Error("Database not connected");
      }

      const client = await this.pool.connect();
      const result = await client.query("SELECT NOW()");
      client.release();

      return {
        plugin: this.name,
        connected: true,
        latency: Date.now() - startTime,
        details: { serverTime: result.rows[0].now, poolSize: this.pool.totalCount },
      };
    } catch (error) {
      return { plugin: this.name, connected: false, error: String(error) };
    }
  }
}
