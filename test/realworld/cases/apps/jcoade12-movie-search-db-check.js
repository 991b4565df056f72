// Source: jcoade12/movie-search — db.js (module top level), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a "connection check" `pool.connect().then(() => log)` checks a client out and drops it without release
const { Pool } = require("pg");

const pool = new Pool({ host: "localhost", database: "movies", port: 5432 });

pool
  .connect()
  .then(() => console.log("Connected to PostgreSQL"))
  .catch((err) => console.error("Connection error", err.stack));

module.exports = pool;
