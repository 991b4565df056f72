// Source: jjnaga/thebusapp2 — backend/src/db.ts (getClient), reduced by hand, not copied
// Label: hand-over
// Why: the pg docs' checkout tracker: a timer and wrapped query/release are installed (none can throw) and the client is returned to the caller
import pg from "pg";

const pool = new pg.Pool({ host: "postgres", max: 200 });

export const getClient = async () => {
  const client = await pool.connect();
  const query = client.query;
  const release = client.release;
  const timeout = setTimeout(() => {
    console.error("A client has been checked out for more than 5 seconds!");
    // @ts-ignore
    console.error(`The last executed query on this client was: ${client.lastQuery}`);
  }, 5000);

  // @ts-ignore
  client.query = (...args) => {
    // @ts-ignore
    client.lastQuery = args;
    // @ts-ignore
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
