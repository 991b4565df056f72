// Source: shedyhs/pg-mcp — src/index.ts (the pg_connect tool of the CallTool handler), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the tool makes a pool for the caller's database and checks it with `SELECT version()` between connect() and a release outside any finally; a failing query (bad permissions, statement timeout) throws out of the tool with the client still checked out, and the pool is never registered or ended
import pg from "pg";

const { Pool } = pg;
const connections = new Map<string, { pool: pg.Pool; readOnly: boolean }>();

export async function callTool(name: string, input: { connectionId: string; url: string; readOnly: boolean }) {
  switch (name) {
    case "pg_connect": {
      const pool = new Pool({ connectionString: input.url, max: 5, connectionTimeoutMillis: 10000 });

      const client = await pool.connect();
      const versionResult = await client.query("SELECT version()");
      client.release();

      connections.set(input.connectionId, { pool, readOnly: input.readOnly });
      return {
        content: [{ type: "text", text: `Connected: ${versionResult.rows[0].version}` }],
      };
    }
    default:
      throw new Error(`Unknown tool: ${name}`);
  }
}
