// Source: sonnerock/skatepark — db/db.js at 4fce296 (getClient), reduced by hand, not copied
// Label: hand-over
// Why: node-postgres's long-hold detector as the project copied it: a 5-second timer logs the client's last query, the patched `client.release` clears it and restores the originals, and the client is returned to the caller, who owns the release
import pg from "pg";

const { Pool } = pg;

const pool = new Pool({ host: process.env.HOST, database: process.env.DATABASE });

export const getClient = async () => {
  const client = await pool.connect();
  const query = client.query;
  const release = client.release;
  const timeout = setTimeout(() => {
    console.error("A client has been checked out for more than 5 seconds!");
    console.error(`The last executed query on this client was: ${client.lastQuery}`);
  }, 5000);
  client.query = (...args) => {
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
