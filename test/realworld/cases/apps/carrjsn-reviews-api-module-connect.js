// Source: carrjsn/reviews-api — db/postgres.js, reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a bare `pool.connect()` at module load, its client dropped: one pooled connection is checked out for the life of the process and never released
const { Pool } = require("pg");
require("dotenv").config();

const DATABASE = process.env.NODE_ENV === "test" ? "testdb" : "reviews";
const pool = new Pool({
  connectionString: `postgres://postgres@localhost:5432/${DATABASE}`,
});

pool.connect();

module.exports = pool;
