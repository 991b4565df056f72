// Source: modelcontextprotocol/servers — src/postgres/index.ts (the `query` tool, before the server was archived), reduced by hand, not copied
// Label: safe
// Why: the read-only transaction's ROLLBACK is queued with a `.catch` and the client is released with `release(true)`, which destroys it: nothing queued can reach another caller
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.argv[2] });

export async function callQueryTool(sql: string) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN TRANSACTION READ ONLY");
    const result = await client.query({ name: "isolated-statement", text: sql, values: [] });
    return { content: [{ type: "text", text: JSON.stringify(result.rows, null, 2) }], isError: false };
  } catch (error) {
    throw error;
  } finally {
    client.query("ROLLBACK").catch((error) => console.warn("Could not roll back transaction:", error));
    // Release the client with destroy=true so that the session is cleaned up completely.
    client.release(true);
  }
}
