// Source: zhoujiaping/hello-node — db/index.js at 68ac66d (getClient, 2017-06-26, pg ^6.4.0), reduced by hand, not copied
// Label: hand-over
// Why: the node-postgres docs' checkout tracker: it wraps query and release (the patched release gives the client back and clears the 5-second warning) and returns the client to its caller, here doInTransaction, which releases it in a finally
const pg = require("pg");

const pool = new pg.Pool({ user: "postgres", host: "localhost", database: "test", max: 20 });

async function getClient() {
  const client = await pool.connect();
  const query = client.query.bind(client);
  client.query = async (...args) => {
    client.lastQuery = args;
    return query.apply(client, args);
  };
  const timeout = setTimeout(() => {
    console.error("A client has been checked out for more than 5 seconds.");
    console.error(`The last executed query on this client was:${client.lastQuery}`);
  }, 5000);
  const release = client.release.bind(client);
  client.release = () => {
    release();
    clearTimeout(timeout);
    client.query = query;
    client.release = release;
  };
  return client;
}

module.exports = { getClient };
