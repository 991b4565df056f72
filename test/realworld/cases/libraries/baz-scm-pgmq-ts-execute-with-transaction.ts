// Source: baz-scm/pgmq-ts — src/classes/utils.ts (executeQueryWithTransaction), reduced by hand, not copied
// Label: safe
// Why: BEGIN, the query and COMMIT in a try; the catch rolls back with its failure logged by `.catch` and rethrows, the finally releases
import { Pool, type QueryResult } from "pg";

export async function executeQueryWithTransaction(pool: Pool, query: string, params?: unknown[]): Promise<QueryResult> {
  const client = await pool.connect();

  try {
    await client.query("BEGIN");
    const result = params ? await client.query(query, params) : await client.query(query);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => console.log("Error rolling back transaction"));
    throw error;
  } finally {
    client.release();
  }
}
