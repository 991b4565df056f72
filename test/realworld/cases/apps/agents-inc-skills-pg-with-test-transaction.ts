// Source: agents-inc/skills — src/skills/api-database-postgresql/examples/advanced.md at 279811b6 ("Testing with Transaction Rollback": withTestTransaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the finally awaits ROLLBACK before `client.release()`; when ROLLBACK rejects (a broken connection, or BEGIN never ran), the release is skipped and the test's client stays checked out
import type pg from "pg";

export async function withTestTransaction<T>(pool: pg.Pool, testFn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await testFn(client);
    return result;
  } finally {
    await client.query("ROLLBACK");
    client.release();
  }
}
