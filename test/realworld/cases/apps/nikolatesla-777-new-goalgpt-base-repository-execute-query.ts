// Source: nikolatesla-777/new-goalgpt — src/repositories/base/BaseRepository.ts at 67b18cb (executeQuery), reduced by hand, not copied
// Label: safe
// Why: the repository runs on the caller's client when one is passed and checks one out otherwise; the finally releases only when it checked out (`if (!client)`), on every path
import type { PoolClient, QueryResultRow } from "pg";
import { pool } from "../../database/connection";
import { logger } from "../../utils/logger";

export abstract class BaseRepository<T> {
  constructor(protected tableName: string) {}

  protected async executeQuery<R extends QueryResultRow>(query: string, params: any[] = [], client?: PoolClient): Promise<R[]> {
    const dbClient = client || (await pool.connect());
    try {
      const result = await dbClient.query<R>(query, params);
      return result.rows;
    } catch (error: any) {
      logger.error(`Database error in ${this.tableName}:`, { message: error.message, query, params });
      throw error;
    } finally {
      if (!client) {
        dbClient.release();
      }
    }
  }

  async findById(id: string): Promise<T | null> {
    const rows = await this.executeQuery<any>(`SELECT * FROM ${this.tableName} WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }
}
