// Source: NukoAqua/mcp-postgres-multi — src/lib/tool-handlers.ts (handleExecuteDML) and src/lib/utils.ts (safelyReleaseClient), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the outer try has no finally, and its catch is the only release besides the inner catch's: the "No SQL statement provided" early return leaves with the client checked out (the success path hands it to the transaction manager)
import pg from "pg";
import { safelyReleaseClient } from "./utils.js";

interface TransactionManager {
  addTransaction(id: string, client: pg.PoolClient, sql: string): void;
}

export async function handleExecuteDML(pool: pg.Pool, transactionManager: TransactionManager, sql: string) {
  const client = await pool.connect();
  try {
    if (!sql) {
      return { content: [{ type: "text", text: "Error: No SQL statement provided" }], isError: true };
    }

    await client.query("BEGIN");
    const transactionId = crypto.randomUUID();

    try {
      const result = await client.query(sql);
      transactionManager.addTransaction(transactionId, client, sql);
      return { content: [{ type: "text", text: JSON.stringify({ transactionId, rowCount: result.rowCount }) }], isError: false };
    } catch (error: any) {
      try {
        await client.query("ROLLBACK");
      } catch (rollbackErr) {
        console.error("ROLLBACK failed after SQL error:", rollbackErr);
      }
      safelyReleaseClient(client);
      return { content: [{ type: "text", text: `Error executing statement: ${error.message}` }], isError: true };
    }
  } catch (error: any) {
    safelyReleaseClient(client);
    throw error;
  }
}
