// Source: iamonzon/order-management-system — test/helpers/transactional-test.ts at b92bb96 (withTransaction), reduced by hand, not copied
// Label: safe
// Why: a test helper runs each test inside BEGIN and always rolls back — after the test returns and in the catch before the rethrow — and releases in the finally
import { Pool, PoolClient } from "pg";

const pool = new Pool({ connectionString: process.env.TEST_DATABASE_URL });

export async function closeTestPool(): Promise<void> {
  await pool.end();
}

export async function inRolledBackTransaction<T>(testFn: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await testFn(client);
    await client.query("ROLLBACK");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
