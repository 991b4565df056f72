// Source: lighthouse-labs/node-skeleton — db/connection.js at 3fff5e6 (2022; server.js held the same lines from 1bca98b, 2019), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the Lighthouse Labs bootcamp's midterm-project skeleton "connects" its pool with a bare `db.connect();` at load and exports the pool for `db.query`: the checked-out client is dropped and never released; find_string shows 10+ stored projects with the skeleton's `const db = new Pool(dbParams);\ndb.connect();` (one with a callback that only logs), and the skeleton's own reset script, which also awaited `db.connect()` before `db.end()`, was switched to `process.exit()` (3fff5e6)
const { Pool } = require("pg");

const dbParams = {
  host: process.env.DB_HOST,
  port: process.env.DB_PORT,
  user: process.env.DB_USER,
  password: process.env.DB_PASS,
  database: process.env.DB_NAME,
};

const db = new Pool(dbParams);

db.connect();

module.exports = db;
