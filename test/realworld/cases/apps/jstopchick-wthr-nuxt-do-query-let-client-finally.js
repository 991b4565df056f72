// Source: jstopchick/wthr — db/pgClient.js (doQuery, used by the Nuxt app's server side, at f3ea3bf), reduced by hand, not copied
// Label: safe
// Why: `let client` is assigned by `await pool.connect()` inside the try and released in the finally; when the checkout itself fails the finally's `client.release()` throws a TypeError over the original error, but no client was checked out
const config = require("../config");
const { Pool } = require("pg");

let pool;

const initPool = async (connectionConfig) => {
  if (pool) return;
  pool = new Pool(connectionConfig || config.connectionConfig);
};

const doQuery = async (sql, params, connectionConfig) => {
  let client;
  await initPool(connectionConfig);
  try {
    client = await pool.connect();
    const result = await client.query(sql, params);
    return result;
  } catch (e) {
    console.log("ERROR: PGCLIENT:", e.toString());
    throw e;
  } finally {
    client.release();
  }
};

module.exports = { doQuery };
