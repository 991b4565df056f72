// Source: Abdulqodir-Tolipov/rocketman — utils/pg.js at 590e4cd1 (pgFn), reduced by hand, not copied
// Label: safe
// Why: a Telegram bot's one query helper answers a row or the rows from inside the try, rethrows a new Error in the catch, and releases in the finally with a needless `await client.release()`
const pg = require("pg");
const pgConfig = require("../config/pg.js");

const pool = new pg.Pool({
  host: pgConfig.HOST,
  port: pgConfig.PORT,
  user: pgConfig.USER,
  password: pgConfig.PASSWORD,
  database: pgConfig.DATABASE,
});

const pgFn = async (isOneRow, query, ...args) => {
  const client = await pool.connect();
  try {
    const data = (await client.query(query, args)).rows;
    return isOneRow ? data[0] : data;
  } catch (error) {
    throw new Error(error.message);
  } finally {
    await client.release();
  }
};

module.exports = pgFn;
