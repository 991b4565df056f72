// Source: trappivan/rinha-backend-express-pg — configs/dbConfig.js (db), reduced by hand, not copied
// Label: safe
// Why: `pool` is a pg `Client` (`new Client(…)`), so `pool.connect()` opens the module's one shared connection; it is not a pool checkout
require("dotenv").config();
const { Client, Pool } = require("pg");

const pool = new Client({
  user: process.env.USER,
  database: process.env.DATABASE,
  host: process.env.HOST,
});

const db = async () => {
  await pool.connect();
  console.log("db connected!");
};

module.exports = { db, pool: pool };
