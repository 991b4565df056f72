// Source: PrairieLearn/PrairieLearn — prairielib/lib/sql-db.js at dc331620^ (initAsync, before "Ensure client is released after testing connection"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the start-up retry loop probes with `await pool.connect(); return;` and drops the client it got, so one pooled client stays checked out for the process's life (dc331620 keeps it and releases it on the next line)
const pg = require("pg");
const { callbackify } = require("util");

let pool = null;

module.exports.initAsync = async function (pgConfig, idleErrorHandler) {
  pool = new pg.Pool(pgConfig);
  pool.on("error", function (err, client) {
    idleErrorHandler(err, client);
  });

  let retryCount = 0;
  const retryTimeouts = [500, 1000, 2000, 5000, 10000];
  while (retryCount <= retryTimeouts.length) {
    try {
      await pool.connect();
      return;
    } catch (err) {
      if (retryCount === retryTimeouts.length) {
        throw new Error(`Could not connect to Postgres after ${retryTimeouts.length} attempts: ${err.message}`);
      }
      const timeout = retryTimeouts[retryCount];
      retryCount++;
      await new Promise((resolve) => setTimeout(resolve, timeout));
    }
  }
};

module.exports.init = callbackify(module.exports.initAsync);
