// Source: zed-industries/postgres-context-server — index.mjs (the `query` tool's CallTool handler), reduced by hand, not copied
// Label: safe
// Why: the finally queues a ROLLBACK whose failure is caught, then `release(true)` destroys the connection instead of pooling it: the queued query cannot run on another caller's checkout, and the read-only transaction ends with the connection
import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

export async function runQueryTool(sql) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN TRANSACTION READ ONLY");
    // A named prepared statement: one statement only.
    const result = await client.query({ name: "sandboxed-statement", text: sql, values: [] });
    return { content: [{ type: "text", text: JSON.stringify(result.rows, undefined, 2) }] };
  } catch (error) {
    throw error;
  } finally {
    client.query("ROLLBACK").catch((error) => console.warn("Could not roll back transaction:", error));
    // Destroy session to clean up resources.
    client.release(true);
  }
}
