// Source: jeetendra/home — nextjs-app/src/db/index.ts (getClient), reduced by hand, not copied
// Label: hand-over
// Why: the node-postgres guide's checkout watchdog in TypeScript (`const client: any`): query and release are patched, a timer logs a late release, and the client is returned to the caller
import { Pool } from "pg";

const pool = new Pool({ database: "posts", max: 5, connectionTimeoutMillis: 5000 });

export const getClient = async () => {
  const client: any = await pool.connect();
  const query = client.query;
  const release = client.release;
  const timeout = setTimeout(() => {
    console.error("A client has been checked out for more than 5 seconds!");
    console.error(`The last executed query on this client was: ${client.lastQuery}`);
  }, 5000);
  client.query = (...args: [string, unknown[]]) => {
    client.lastQuery = args;
    return query.apply(client, args);
  };
  client.release = () => {
    clearTimeout(timeout);
    client.query = query;
    client.release = release;
    return release.apply(client);
  };
  return client;
};
