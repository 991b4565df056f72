// Source: PythonshellDebugwindow/chronologue — backend/src/db/index.ts at c19f111^ (transact, before "Improve backend response sending behaviour" split it into transact and transactWithResult with the same shape), reduced by hand, not copied
// Label: safe
// Why: BEGIN, the callback and COMMIT sit in a try whose catch rolls back and rethrows and whose finally releases; the value is returned after the finally
import pg from "pg";

const { Pool } = pg;

const pool = new Pool({ connectionString: process.env.POSTGRES_URI });

const query = pool.query.bind(pool);
export default query;

export async function transact<T>(callback: (client: pg.PoolClient) => Promise<T>) {
  const client = await pool.connect();
  let value: T | undefined = undefined;
  try {
    await client.query("BEGIN");
    value = await callback(client);
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
  return value;
}
