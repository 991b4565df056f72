// Source: vineel/vinagents — src/db/dao/base.dao.ts at 9a85286 (BaseDAO.transaction), reduced by hand, not copied
// Label: safe
// Why: the abstract DAO keeps an injected pool or the module's default one in `this.pool`; its protected transaction helper sends BEGIN inside the try, awaits ROLLBACK in the catch and releases in the finally
import { Pool, PoolClient } from "pg";
import { pool as defaultPool } from "./pool";

export abstract class BaseDAO {
  protected pool: Pool;

  constructor(pool?: Pool) {
    this.pool = pool || defaultPool;
  }

  protected async executeQuery<T>(query: string, params?: any[], client?: PoolClient): Promise<T[]> {
    const execClient = client || this.pool;
    const result = await execClient.query(query, params);
    return result.rows as T[];
  }

  protected async transaction<T>(callback: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const result = await callback(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }
}
