// Source: brianc/node-postgres — docs/pages/guides/project-structure.md (getClient with leak diagnostics), reduced by hand, not copied
// Label: hand-over
// Why: the client is returned to the caller; registering the 5-second timer and patching `query`/`release` cannot throw, and the patched release clears the timer
const { Pool } = require("pg");

const pool = new Pool();

exports.getClient = async () => {
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
