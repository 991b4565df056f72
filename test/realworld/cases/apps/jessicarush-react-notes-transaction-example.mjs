// Source: jessicarush/react-notes — databases.md (transactionExample), reduced by hand, not copied
// Label: safe
// Why: BEGIN, the queries and COMMIT sit in a try whose catch rolls back and rethrows and whose finally releases
import { Pool } from "pg";

const pool = new Pool();

export async function transactionExample() {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT NOW()");
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}
