// Source: raybird/node-pg-trigger — src/server/lib/db.ts (db.checkRls), reduced by hand, not copied
// Label: safe
// Why: the early `return true` and the catch's `return false` are inside the try whose finally releases; a failing ROLLBACK in the catch still reaches the finally
import { Pool } from "pg";

const pool = new Pool();

export async function checkRls(userId: string, tableName: string, record: Record<string, unknown>, idField = "id") {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query(`SET LOCAL "request.user_id" = $1`, [userId]);
    const idValue = record[idField];
    if (idValue === undefined) return true;
    const result = await client.query(`SELECT 1 FROM "${tableName}" WHERE "${idField}" = $1 LIMIT 1`, [idValue]);
    await client.query("COMMIT");
    return (result.rowCount ?? 0) > 0;
  } catch (err) {
    await client.query("ROLLBACK");
    console.error("[RLS check]", err);
    return false;
  } finally {
    client.release();
  }
}
