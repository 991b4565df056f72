// Source: daitasu/postgres-mcp — src/handlers/toolHandlers.ts (createToolHandlers / executeQuery), reduced by hand, not copied
// Label: safe
// Why: a read-only transaction rolled back on both paths, errors turned into a Result value, the release in the finally
import { err, ok, type Result } from "neverthrow";
import type { Pool } from "pg";

export const createToolHandlers = (pool: Pool) => {
  const executeQuery = async (input: { sql: string }): Promise<Result<Record<string, unknown>[], { code: string; message: string }>> => {
    const client = await pool.connect();

    try {
      await client.query("BEGIN TRANSACTION READ ONLY");
      const result = await client.query(input.sql);
      await client.query("ROLLBACK");
      return ok(result.rows);
    } catch (error) {
      try {
        await client.query("ROLLBACK");
      } catch (rollbackError) {
        console.warn("Could not roll back transaction:", rollbackError);
      }
      return err({ code: "QUERY_ERROR", message: error instanceof Error ? error.message : "Unknown query error" });
    } finally {
      client.release();
    }
  };

  return { executeQuery };
};
