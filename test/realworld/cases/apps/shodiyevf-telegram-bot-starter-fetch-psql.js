// Source: ShodiyevF/telegram_bot_starter — src/lib/pg.js at b9d9f2a (fetchPsql), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the starter's one query helper, which every bot built from the template calls: a query that rejects jumps past `client.release()` to a catch that only logs, so each failed query keeps its client checked out
const pg = require("pg");

const pool = new pg.Pool({
  host: process.env.DB_HOST,
  database: process.env.DB_NAME,
});

const fetchPsql = async (query, ...params) => {
  try {
    const client = await pool.connect();
    const result = await client.query(query, params);
    client.release();
    return result.rows;
  } catch (error) {
    console.log(error, query);
  }
};

module.exports = { fetchPsql };
