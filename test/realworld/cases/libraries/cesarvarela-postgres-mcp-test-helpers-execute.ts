// Source: cesarvarela/postgres-mcp — tests/setup/test-helpers.ts (executeTestQuery), reduced by hand, not copied
// Label: safe
// Why: the test helper returns the rows from inside a try whose finally releases; the pool comes from the setup module's getter
import { getTestPool } from "./test-setup";

export async function executeTestQuery(query: string, params: any[] = []): Promise<any[]> {
  const pool = getTestPool();
  const client = await pool.connect();

  try {
    const result = await client.query(query, params);
    return result.rows;
  } finally {
    client.release();
  }
}

export async function getTableRowCount(tableName: string): Promise<number> {
  const result = await executeTestQuery(`SELECT COUNT(*) as count FROM ${tableName}`);
  return parseInt(result[0].count);
}
