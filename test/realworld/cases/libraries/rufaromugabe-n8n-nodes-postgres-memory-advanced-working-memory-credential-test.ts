// Source: rufaromugabe/n8n-nodes-postgres-memory-advanced — nodes/WorkingMemoryTool/WorkingMemoryTool.node.ts (methods.credentialTest.postgresConnectionTest), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the working-memory tool node repeats the chat-memory node's credential test: `SELECT 1` runs between connect() and a release outside any finally, and the catch only reports the failure, so a failed query leaves the client checked out and the per-test pool never ended
import type { ICredentialTestFunctions, ICredentialsDecrypted, INodeCredentialTestResult } from "n8n-workflow";
import pg from "pg";

interface PostgresNodeCredentials {
  host: string;
  database: string;
  user: string;
  password: string;
}

async function configurePostgresPool(credentials: PostgresNodeCredentials): Promise<pg.Pool> {
  return new pg.Pool({ host: credentials.host, database: credentials.database, user: credentials.user, password: credentials.password });
}

export const credentialTest = {
  async postgresConnectionTest(
    this: ICredentialTestFunctions,
    credential: ICredentialsDecrypted,
  ): Promise<INodeCredentialTestResult> {
    const credentials = credential.data as unknown as PostgresNodeCredentials;
    try {
      const pool = await configurePostgresPool(credentials);
      const client = await pool.connect();
      await client.query("SELECT 1");
      client.release();
      await pool.end();
      return { status: "OK", message: "Connection successful" };
    } catch (error) {
      return { status: "Error", message: (error as Error).message };
    }
  },
};
