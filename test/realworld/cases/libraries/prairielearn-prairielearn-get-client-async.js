// Source: PrairieLearn/PrairieLearn — prairielib/lib/sql-db.js at c8bd585cdb^ (getClientAsync), reduced by hand, not copied
// Label: hand-over
// Why: the checkout is returned to the caller; the one await before the return (SET search_path) releases the client in its catch before rethrowing
const { Pool } = require("pg");

const SEARCH_SCHEMA = Symbol("SEARCH_SCHEMA");
let pool = null;
let searchSchema = null;

module.exports.init = function (config) {
  pool = new Pool(config);
};

module.exports.setSearchSchema = function (schema) {
  searchSchema = schema;
};

module.exports.queryWithClientAsync = async function (client, sql, params) {
  return client.query(sql, params);
};

module.exports.getClientAsync = async function () {
  if (!pool) {
    throw new Error("Connection pool is not open");
  }

  const client = await pool.connect();

  // Set the search path once per client, remembered on the client itself.
  if (searchSchema != null && client[SEARCH_SCHEMA] !== searchSchema) {
    const setSearchPathSql = `SET search_path TO ${searchSchema},public`;
    try {
      await module.exports.queryWithClientAsync(client, setSearchPathSql, []);
    } catch (err) {
      client.release();
      throw err;
    }
    client[SEARCH_SCHEMA] = searchSchema;
  }

  return client;
};
