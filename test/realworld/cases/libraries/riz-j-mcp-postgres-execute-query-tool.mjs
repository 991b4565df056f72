// Source: riz-j/mcp — apps/postgres/server.js at 6b26fc5 (the executeQuery tool), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the MCP tool runs whatever SQL the model sends between connect() and a release with no try/finally; a query with a syntax error throws out of the tool handler and the client is never given back
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import pg from "pg";

const pool = new pg.Pool({ connectionString: "postgresql://admin:admin@localhost/postgres" });

const server = new McpServer({ name: "my-postgres", version: "1.0.0" });

server.tool("executeQuery", { query: z.string() }, async ({ query }) => {
  const client = await pool.connect();
  const result = await client.query(query);
  client.release();

  return { content: [{ type: "text", text: JSON.stringify(result) }] };
});
