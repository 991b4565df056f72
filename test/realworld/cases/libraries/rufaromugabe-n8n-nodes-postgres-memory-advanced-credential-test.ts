// Source: rufaromugabe/n8n-nodes-postgres-memory-advanced — nodes/MemoryPostgresAdvanced/MemoryPostgresAdvanced.node.ts (methods.credentialTest.postgresConnectionTest), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the chat-memory node's credential test runs `SELECT 1` between connect() and a release outside any finally; when the query fails the catch only reports the error, so the client stays checked out and `pool.end()` is never reached
import type { ICredentialTestFunctions, ICredentialsDecrypted, INodeCredentialTestResult } from "n8n-workflow";
import type pg from "pg";

interface PostgresNodeCredentials {
  host: string;
  port: number;
  database: string;
  user: string;
  password: string;
}

async function configurePostgresPool(credentials: PostgresNodeCredentials): Promise<pg.Pool> {
  const pg = await import("pg");
  return new pg.Pool({
    host: credentials.host,
    port: credentials.port,
    database: credentials.database,
    user: credentials.user,
    password: credentials.password,
  });
}

export class MemoryPostgresAdvanced {
  methods = {
    credentialTest: {
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
    },
  };
}
