// Source: linoyElimeleh/BSC_FinalProject_ServerSide — models/index.js at b43f84a (executeTransaction), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a final-year project's transaction helper checks a client out, sends BEGIN and COMMIT without awaiting them around the caller's callback and never releases it: every service call (users, groups, tasks) keeps one client checked out; the project's fix (e677549) dropped the checkout and sent BEGIN/COMMIT through `pool.query`
const Pool = require("pg").Pool;

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  ssl: { rejectUnauthorized: false },
});

const executeTransaction = async (callback) => {
  const client = await pool.connect();
  client.query("BEGIN");
  const queryResult = await callback(client);
  client.query("COMMIT");
  return queryResult;
};

module.exports = { pool, executeTransaction };
