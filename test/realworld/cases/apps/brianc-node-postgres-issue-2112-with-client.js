// Source: https://github.com/brianc/node-postgres/issues/2112 (sehrope's withClient, evicting the client when the task fails), reduced by hand, not copied
// Label: safe
// Why: the task runs in a try: success releases the client for reuse, the catch releases it with the error (pg-pool then destroys it) and rethrows
const { Pool } = require("pg");

const pool = new Pool();

const withClient = async (task) => {
  const client = await pool.connect();
  try {
    const result = await task(client);
    client.release();
    return result;
  } catch (err) {
    client.release(err);
    throw err;
  }
};

module.exports = { withClient };
