// Source: https://github.com/brianc/node-postgres/issues/2034 (the reporter's initClient), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the start-up `pool.connect((err) => …)` callback never takes the client, so it is never released and pool.end() never resolves
const { Pool } = require("pg");

let pool = null;

const initClient = async () => {
  if (!pool) {
    pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 1, idleTimeoutMillis: 1000 });

    pool.connect((err) => {
      if (err) {
        console.error(`Can not connect to postgres: ${err.stack}`);
      } else {
        console.info("Postgres connected");
      }
    });
  }
  return pool;
};

module.exports = { initClient };
