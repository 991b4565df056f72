// Source: dulajgayantha/carepoint-doctor-booking-system — server/db.js (module top level), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: promise-style start-up check: `pool.connect().then(() => log)` ignores the client it was given, which stays checked out
const { Pool } = require("pg");

const pool = new Pool({ host: "localhost", database: "carepoint", port: 5432 });

pool
  .connect()
  .then(() => console.log("Connected to PostgreSQL"))
  .catch((err) => console.error("Connection error", err.stack));

module.exports = pool;
