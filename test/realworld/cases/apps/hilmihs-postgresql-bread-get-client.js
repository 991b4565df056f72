// Source: hilmihs/POSTgreSQL_BREAD — postgresql_bread/db/index.js (getClient), reduced by hand, not copied
// Label: hand-over
// Why: the pg docs' checkout tracker: a timer and patched query/release methods are installed (none can throw), then the client is returned
const { Pool } = require("pg");

const pool = new Pool({ host: "localhost", database: "breaddb" });

module.exports = {
  async query(text, params) {
    return pool.query(text, params);
  },
  async getClient() {
    const client = await pool.connect();
    const query = client.query;
    const release = client.release;
    const timer = setTimeout(() => {
      console.error(`checked out for more than 5 seconds; last query: ${client.lastQuery}`);
    }, 5000);
    client.query = (...args) => {
      client.lastQuery = args;
      return query.apply(client, args);
    };
    client.release = () => {
      clearTimeout(timer);
      client.query = query;
      client.release = release;
      return release.apply(client);
    };
    return client;
  },
};
