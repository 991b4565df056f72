// Source: allanbrunobr/mcp-servers — src/postgres/src/operations/query.ts (query), reduced by hand, not copied
// Label: safe
// Why: the read-only transaction runs in the try and the finally releases; its ROLLBACK is only queued (`.catch` logs a failure) before `client.release()`, so the client goes back with the ROLLBACK still running, which pg runs before the next holder's queries; nothing is leaked
import { Pool } from "pg";

export const query = async (pool: Pool, request: any) => {
  if (request.params.name === "query") {
    const sql = request.params.arguments?.sql as string;

    const client = await pool.connect();
    try {
      await client.query("BEGIN TRANSACTION READ ONLY");
      const result = await client.query(sql);
      return {
        content: [{ type: "text", text: JSON.stringify(result.rows, null, 2) }],
        isError: false,
      };
    } catch (error) {
      throw error;
    } finally {
      client.query("ROLLBACK").catch((error) => console.warn("Could not roll back transaction:", error));

      client.release();
    }
  }
  throw new Error(`Unknown tool: ${request.params.name}`);
};
