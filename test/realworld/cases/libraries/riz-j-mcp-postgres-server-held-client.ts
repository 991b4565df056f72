// Source: riz-j/mcp — apps/postgres/server.ts (module body), reduced by hand, not copied
// Label: hand-over
// Why: top-level await checks out one client that the stdio MCP server keeps for its whole life; every tool sends its SQL through that module-level client on purpose, the way a dedicated connection would be used
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import pg from "pg";

const pool = new pg.Pool({ connectionString: "postgresql://postgres:postgres@localhost/postgres" });

const client = await pool.connect();

const server = new McpServer({ name: "my-postgres", version: "1.0.0" });

server.tool("perform_select_query", { query: z.string() }, async ({ query }) => {
  await client.query("BEGIN TRANSACTION READ ONLY");
  const result = await client.query(query);
  await client.query("COMMIT");
  return { content: [{ type: "text", text: JSON.stringify(result.rows) }] };
});

server.tool("perform_insert_query", { query: z.string() }, async ({ query }) => {
  const result = await client.query(query);
  return { content: [{ type: "text", text: JSON.stringify({ insertedRows: result.rowCount }) }] };
});
