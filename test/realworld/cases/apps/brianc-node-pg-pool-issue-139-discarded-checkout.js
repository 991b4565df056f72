// Source: https://github.com/brianc/node-pg-pool/issues/139 (the reporter's Cloud Functions run(), "Query timeout with max = 1"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the client `await pool.connect()` checks out is thrown away, never released; with max 1 the following pool.query waits for it forever (charmander's answer)
const { Pool } = require("pg");
const configuration = require("./configuration");

async function run() {
  const pool = new Pool({
    max: 1,
    host: configuration.database.postgres.host,
    user: configuration.database.postgres.user,
    database: configuration.database.postgres.database,
  });

  await pool.connect();
  console.log("connect");

  const result = await pool.query('SELECT * FROM "user" limit 1');
  console.log(result.rows);
}

run();
