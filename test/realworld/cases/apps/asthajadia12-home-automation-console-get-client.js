// Source: asthajadia12/home-automation-console — db/pg.js at 7508074 (getClient), reduced by hand, not copied
// Label: hand-over
// Why: "Use this for transactional integrity": the helper returns `pool.connect()`'s promise to the caller, who owns the release
const { Pool } = require("pg");

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
});

const envsWithQueryLoggingEnabled = ["development"];

function query(text, params) {
  if (envsWithQueryLoggingEnabled.indexOf(process.env.NODE_ENV) >= 0) {
    console.info(text, params);
  }
  return pool.query(text, params);
}

function getClient() {
  return pool.connect();
}

module.exports = { pool, query, getClient };
