// Source: daitasu/postgres-mcp — src/handlers/resourceHandlers.ts (createResourceHandlers / getTableSchema), reduced by hand, not copied
// Label: safe
// Why: the "table not found" early return is inside the try, so the finally releases on it as on the normal and error paths
import { err, ok } from "neverthrow";
import type { Pool } from "pg";

export const createResourceHandlers = (pool: Pool) => {
  const getTableSchema = async (tableName: string) => {
    const client = await pool.connect();
    try {
      const result = await client.query<{ column_name: string; data_type: string }>(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $1",
        [tableName],
      );

      if (result.rows.length === 0) {
        return err({ code: "TABLE_NOT_FOUND", message: `Table "${tableName}" not found` });
      }

      return ok(result.rows.map((row) => ({ columnName: row.column_name, dataType: row.data_type })));
    } catch (error) {
      return err({ code: "GET_SCHEMA_ERROR", message: error instanceof Error ? error.message : "Unknown error" });
    } finally {
      client.release();
    }
  };

  return { getTableSchema };
};
