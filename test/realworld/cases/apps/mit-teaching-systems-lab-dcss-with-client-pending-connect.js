// Source: mit-teaching-systems-lab/dcss — server/util/db.js (withClient), reduced by hand, not copied
// Label: safe
// Why: `pool.connect()` is kept as a promise, not awaited at once; the try awaits it for the method and the finally awaits it again to release — when the connect itself rejects, the finally's await rethrows that rejection and there is no client to give back
const { Pool } = require("pg");
const { getDbConfig } = require("./dbConfig");

const pool = new Pool(getDbConfig());

exports.withClient = async (method) => {
  let client = pool.connect();
  try {
    return await method(await client);
  } finally {
    (await client).release();
  }
};

exports.query = (...args) => exports.withClient((client) => client.query(...args));

exports.usingTransaction = async (client, method) => {
  try {
    await client.query("BEGIN");
    const result = await method(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
};

exports.withClientTransaction = (method) => exports.withClient((client) => exports.usingTransaction(client, method));
