// Source: xataio/agent — apps/dbagent/src/lib/targetdb/db.ts (getTargetDbConnection), reduced by hand, not copied
// Label: hand-over
// Why: the client on the user's target database is returned connected; its callers end it (withTargetDbConnection in a finally)
import pg from "pg";

export type Client = pg.Client;

export async function getTargetDbConnection(connectionString: string): Promise<Client> {
  const { connectionString: cleaned, ssl } = parseConnectionString(connectionString);
  const client = new pg.Client({ connectionString: cleaned, ssl });
  await client.connect();
  return client;
}

function parseConnectionString(connectionString: string): { connectionString: string; ssl?: pg.ClientConfig["ssl"] } {
  if (connectionString.includes("sslmode=require")) {
    return { connectionString: connectionString.replace(/[\s;]?sslmode=require/g, ""), ssl: { rejectUnauthorized: false } };
  }
  return { connectionString };
}
