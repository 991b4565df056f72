// Source: arifinkhoirul/rakamin-week10 — src/config/database.js at 623b2b7 (module body), reduced by hand, not copied
// Label: safe
// Why: an Indonesian bootcamp's pool module tests the connection at load with `pool.connect().then((client) => …)` and releases the client right after logging; the catch only logs a failed connect
const { Pool } = require("pg");
require("dotenv").config();

const pool = new Pool({
  user: process.env.DB_USER,
  host: process.env.DB_HOST,
  database: process.env.DB_NAME,
  port: process.env.DB_PORT,
});

pool
  .connect()
  .then((client) => {
    console.log("Terhubung ke dalam database");
    client.release(); // melepaskan koneksi setelah dipakai
  })
  .catch((error) => {
    console.error("Gagal terhubung ke dalam database:", error);
  });

module.exports = pool;
