// Source: riz-j/mcp — apps/postgres/server.js at ac92206 (the get-database-tables-and-schemas tool), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the schema-introspection tool runs its information_schema query between connect() and a release with no try/finally; a failed query (connection dropped, permission denied) rejects the tool call and the client is never given back
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import pg from "pg";

const pool = new pg.Pool({ connectionString: "postgresql://admin:admin@localhost/postgres" });

const server = new McpServer({ name: "my-postgres", version: "1.0.0" });

const ToolResponse = (payload) => ({ content: [{ type: "text", text: JSON.stringify(payload) }] });

server.tool("get-database-tables-and-schemas", {}, async () => {
  const client = await pool.connect();
  const result = await client.query(`
    SELECT table_name, JSON_AGG(JSON_BUILD_OBJECT('column_name', column_name, 'data_type', data_type)) AS columns
    FROM information_schema.columns
    WHERE table_schema NOT IN ('information_schema', 'pg_catalog')
    GROUP BY table_schema, table_name
  `);
  client.release();

  return ToolResponse(result.rows);
});
