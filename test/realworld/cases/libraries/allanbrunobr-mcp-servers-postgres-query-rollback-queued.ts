// Source: allanbrunobr/mcp-servers — src/postgres/src/operations/query.ts (query), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-unawaited-client-work
// Why: the finally sends ROLLBACK without awaiting it (a `.catch` only logs its failure) and calls `client.release()` at once: work on the held client not awaited before the client goes back (DESIGN.md's no-unawaited-client-work) — the pool lends the client to the next borrower with the read-only transaction's ROLLBACK still queued on it, that borrower's queries waiting behind it
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
