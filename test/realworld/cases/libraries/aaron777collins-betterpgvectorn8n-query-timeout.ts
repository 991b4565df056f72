// Source: aaron777collins/BetterPGVectorN8N — lib/db.ts (DatabaseManager.query), reduced by hand, not copied
// Label: safe
// Why: the finally first resets the statement timeout with an awaited query whose rejection `.catch(() => {})` swallows, then releases: nothing can skip the release
import type { Pool, QueryResult, QueryResultRow } from "pg";

export class DatabaseManager {
  private isClosed = false;
  constructor(private pool: Pool) {}

  async query<T extends QueryResultRow = any>(sql: string, params: unknown[], options: { timeout?: number } = {}): Promise<QueryResult<T>> {
    if (this.isClosed) throw new Error("closed");
    const client = await this.pool.connect();
    try {
      if (options.timeout) {
        await client.query(`SET statement_timeout = ${options.timeout}`);
      }
      return await client.query<T>(sql, params);
    } catch (error) {
      throw new Error(`Database query failed: ${(error as Error).message}`);
    } finally {
      if (options.timeout) {
        await client.query("SET statement_timeout = 0").catch(() => {});
      }
      client.release();
    }
  }
}
