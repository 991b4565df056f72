// Source: amiteshgargg/sui_volume_bot — db/pg.js at ffec526 (initialize), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a trading bot's database initialiser awaits `pool.connect()` to check the connection and drops the client it gets: one client stays checked out for the life of the bot
const { Pool } = require("pg");
const dbConfig = require("./dbConfig");

let pool = null;

const initialize = async () => {
  try {
    pool = new Pool({
      user: dbConfig.PGUSER,
      host: dbConfig.PGHOST,
      database: dbConfig.PGDATABASE,
      password: dbConfig.PGPASSWORD,
      port: dbConfig.PGPORT,
    });
    await pool.connect();
    console.log("Database Connected!");
  } catch (error) {
    console.log("Error in database connection: ", error);
    return;
  }
};

const query = async (text, params) => {
  if (!pool) {
    initialize();
  }
  const { rows } = await pool.query(text, params);
  return rows || [];
};

module.exports = { initialize, query };
