// Source: PrairieLearn/PrairieLearn — prairielib/lib/sql-db.js at ff07995c44 (queryAsync with getClientAsync, PR #5419 "Avoid acquiring additional database clients inside transactions"), reduced by hand, not copied
// Label: safe
// Why: getClientAsync checks out a fresh client only when no transaction client is in the AsyncLocalStorage store, and queryAsync's finally releases under that same test (`alsClient.getStore() === undefined`), so every fresh checkout is released and a transaction's client is left to its transaction
const { AsyncLocalStorage } = require("async_hooks");

const alsClient = new AsyncLocalStorage();
let pool = null;

module.exports.init = function (pgPool) {
  pool = pgPool;
};

module.exports.getClientAsync = async function () {
  if (!pool) {
    throw new Error("Connection pool is not open");
  }
  let client;
  if (alsClient.getStore() === undefined) {
    client = await pool.connect();
  } else {
    client = alsClient.getStore();
  }
  return client;
};

module.exports.queryWithClientAsync = async function (client, sql, params) {
  return client.query(sql, params);
};

module.exports.queryAsync = async function (sql, params) {
  const client = await module.exports.getClientAsync();
  try {
    return await module.exports.queryWithClientAsync(client, sql, params);
  } finally {
    // Only release if we aren't nested in a transaction.
    if (alsClient.getStore() === undefined) {
      client.release();
    }
  }
};
