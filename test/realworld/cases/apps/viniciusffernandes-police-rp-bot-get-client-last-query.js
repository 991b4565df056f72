// Source: ViniciusFFernandes/police-rp-bot — src/database/pool.js at 19be2bf (getClient), reduced by hand, not copied
// Label: hand-over
// Why: a Discord bot's pool module wraps each checkout to remember its last query and patches `client.release` to restore `query` before releasing, then returns the client; its own `transaction(cb)` takes it and releases it in a finally
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 20 });

pool.on("connect", () => {
  console.debug("new PostgreSQL connection");
});

async function getClient() {
  const client = await pool.connect();
  const originalQuery = client.query.bind(client);
  const release = client.release.bind(client);

  client.query = (...args) => {
    client.lastQuery = args;
    return originalQuery(...args);
  };

  client.release = () => {
    client.query = originalQuery;
    return release();
  };

  return client;
}

async function transaction(callback) {
  const client = await getClient();
  try {
    await client.query("BEGIN");
    const result = await callback(client);
    await client.query("COMMIT");
    return result;
  } catch (err) {
    await client.query("ROLLBACK");
    throw err;
  } finally {
    client.release();
  }
}

module.exports = { getClient, transaction, pool };
