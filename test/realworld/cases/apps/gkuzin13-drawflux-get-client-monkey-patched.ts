// Source: Gkuzin13/drawflux — apps/server/src/database/index.ts at ba2572f (getClient), reduced by hand, not copied
// Label: hand-over
// Why: the helper (node-postgres's project-structure recipe) wraps the client's query/release with a 5-second checkout warning and returns the client to its callers, who release it in their finally
import pg from "pg";
import type { PoolClient, QueryConfig } from "pg";

const poolClient = new pg.Pool({
  connectionString: process.env.NODE_ENV === "production" ? process.env.PG_CONNECTION_URI : undefined,
});

export async function getClient() {
  interface MonkeyPatchedPoolClient extends PoolClient {
    lastQuery: QueryConfig[];
  }

  const client = (await poolClient.connect()) as MonkeyPatchedPoolClient;

  const query = client.query;
  const release = client.release;

  const timeout = setTimeout(() => {
    console.error("A client has been checked out for more than 5 seconds!");
    console.error(`The last executed query on this client was: ${client.lastQuery}`);
  }, 5000);

  client.query = (...args: any): any => {
    client.lastQuery = args;
    return query.apply(client, args);
  };

  client.release = () => {
    clearTimeout(timeout);
    client.query = query;
    client.release = release;
    return release.apply(client);
  };

  return client as PoolClient;
}
