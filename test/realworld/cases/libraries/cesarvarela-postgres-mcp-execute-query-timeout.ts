// Source: cesarvarela/postgres-mcp — tools/utils.ts (executePostgresQuery), reduced by hand, not copied
// Label: safe
// Why: the optional `SET statement_timeout` and the query run in the try; the catch wraps and rethrows, the finally releases
import { Pool, type PoolClient } from "pg";

declare function debug(fmt: string, ...args: unknown[]): void;

export const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: process.env.MAX_CONNECTIONS ? parseInt(process.env.MAX_CONNECTIONS) : 20,
});

export async function executePostgresQuery<T = any>(query: string, params: any[] = []): Promise<T[]> {
  const client: PoolClient = await pool.connect();

  try {
    debug("Executing query: %s with params: %O", query, params);
    if (process.env.QUERY_TIMEOUT) {
      await client.query(`SET statement_timeout = ${process.env.QUERY_TIMEOUT}`);
    }
    const result = await client.query(query, params);
    debug("Query completed successfully, returned %d rows", result.rows.length);
    return result.rows;
  } catch (error: any) {
    debug("Database query error: %o", error);
    throw new Error(`Database query failed: ${error.message}`);
  } finally {
    client.release();
  }
}
