// Source: Kamilmakwana/postgres-mcp-crud — src/postgres.ts (executeSql), reduced by hand, not copied
// Label: safe
// Why: BEGIN (read-only or not), the statement and COMMIT/ROLLBACK all run inside the try; the catch's ROLLBACK has its own `.catch`, and the finally releases
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

export async function executeSql(sql: string, options: { readOnly: boolean }) {
  const client = await pool.connect();
  let transactionCompleted = false;

  try {
    await client.query(options.readOnly ? "BEGIN TRANSACTION READ ONLY" : "BEGIN");
    const result = await client.query(sql);
    if (options.readOnly) {
      await client.query("ROLLBACK");
    } else {
      await client.query("COMMIT");
    }
    transactionCompleted = true;
    return result;
  } catch (error) {
    if (!transactionCompleted) {
      await client.query("ROLLBACK").catch(() => console.warn("Could not roll back transaction:"));
    }
    throw error;
  } finally {
    client.release();
  }
}
