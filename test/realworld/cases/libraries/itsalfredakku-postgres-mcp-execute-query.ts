// Source: itsalfredakku/postgres-mcp — src/database/connection-manager.ts (ConnectionManager.query), reduced by hand, not copied
// Label: safe
// Why: the read-only refusal throws before the checkout; the SET of statement_timeout, the query and the bookkeeping are in the inner try whose finally releases
import { Pool } from "pg";
import { logQuery } from "../utils/logger.js";

export class ConnectionManager {
  private pool: Pool;
  private stats = { totalQueries: 0, totalErrors: 0 };

  constructor(connectionString: string, private maxQueryTime: number) {
    this.pool = new Pool({ connectionString });
  }

  async query(sql: string, params: unknown[] = [], options: { timeout?: number } = {}) {
    const startTime = Date.now();
    try {
      if (/^\s*(insert|update|delete)/i.test(sql)) {
        throw new Error("Write operations are not allowed in read-only mode");
      }
      const timeout = options.timeout || this.maxQueryTime;

      const client = await this.pool.connect();

      try {
        await client.query(`SET statement_timeout = ${timeout}`);
        const result = await client.query(sql, params);
        this.stats.totalQueries++;
        logQuery(sql, params, Date.now() - startTime);
        return result;
      } finally {
        client.release();
      }
    } catch (error) {
      this.stats.totalErrors++;
      throw error;
    }
  }
}
