// Source: allanbrunobr/mcp-servers — src/postgres/index.ts (the ReadResource handler), reduced by hand, not copied
// Label: safe
// Why: the URI check throws before the checkout; the column query runs in a try whose finally releases
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { ReadResourceRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { createPool } from "./src/commons/db.js";

const server = new Server({ name: "postgres", version: "0.1.0" }, { capabilities: { resources: {}, tools: {} } });
const { pool } = createPool(process.env.DATABASE_URL!);

const SCHEMA_PATH = "schema";

server.setRequestHandler(ReadResourceRequestSchema, async (request) => {
  const resourceUrl = new URL(request.params.uri);
  const pathComponents = resourceUrl.pathname.split("/");
  const schema = pathComponents.pop();
  const tableName = pathComponents.pop();

  if (schema !== SCHEMA_PATH) {
    throw new Error("Invalid resource URI");
  }

  const client = await pool.connect();
  try {
    const result = await client.query("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $1", [tableName]);
    return {
      contents: [{ uri: request.params.uri, mimeType: "application/json", text: JSON.stringify(result.rows, null, 2) }],
    };
  } finally {
    client.release();
  }
});
