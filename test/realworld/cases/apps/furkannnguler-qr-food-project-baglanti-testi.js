// Source: FurkannnGuler/qr-food-project — backend/database/db.js at ff4e4a5 (module body), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a Turkish QR-menu back-end tests its database at start-up with `pool.connect().then(() => …)`: the client the promise resolves with is ignored, so one client stays checked out for the life of the server
require("dotenv").config();
const { Pool } = require("pg");

const pool = new Pool({
  user: process.env.DB_USER,
  host: process.env.DB_HOST,
  database: process.env.DB_NAME,
  password: process.env.DB_PASSWORD,
  port: process.env.DB_PORT,
});

pool
  .connect()
  .then(() => {
    console.log("Veritabanına başarıyla bağlandı!");
  })
  .catch((err) => {
    console.error("Veritabanı bağlantı hatası:", err);
  });

module.exports = pool;
