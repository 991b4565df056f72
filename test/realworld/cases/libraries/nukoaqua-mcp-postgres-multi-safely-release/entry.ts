// Source: NukoAqua/mcp-postgres-multi — src/lib/tool-handlers.ts (handleExecuteQuery) and src/lib/utils.ts (safelyReleaseClient), reduced by hand, not copied
// Label: safe
// Why: the finally hands the client to `safelyReleaseClient`, imported from the project's utils module, which releases it first thing inside a try whose catch only logs a failed (double) release; the early returns and the rethrown query error all pass through that finally
import pg from "pg";
import { isReadOnlyQuery, safelyReleaseClient } from "./utils.js";

export async function handleExecuteQuery(pool: pg.Pool, sql: string) {
  const client = await pool.connect();
  try {
    if (!sql) {
      return { content: [{ type: "text", text: "Error: No SQL query provided" }], isError: true };
    }

    if (!isReadOnlyQuery(sql)) {
      return { content: [{ type: "text", text: "Error: Only SELECT queries are allowed." }], isError: true };
    }

    await client.query("BEGIN TRANSACTION READ ONLY");
    try {
      const result = await client.query(sql);
      await client.query("COMMIT");
      return { content: [{ type: "text", text: JSON.stringify(result.rows) }], isError: false };
    } catch (queryError) {
      try {
        await client.query("ROLLBACK");
      } catch {
        /* ignore */
      }
      throw queryError;
    }
  } finally {
    safelyReleaseClient(client);
  }
}
