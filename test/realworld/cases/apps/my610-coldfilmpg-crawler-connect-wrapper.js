// Source: my610/ColdFilmPg — crawler/db.js (module.exports.connect), reduced by hand, not copied
// Label: hand-over
// Why: in a project that also depends on Sequelize, the crawler exports a thin callback wrapper over the raw pg pool; `pool.connect(callback)` passes the client and its done function straight to the caller's callback, which owns the release
const pg = require("pg");

const pool = new pg.Pool({
  user: process.env.PGUSER,
  database: process.env.PGDATABASE,
  max: 10,
  idleTimeoutMillis: 30000,
});

pool.on("error", function (err) {
  console.error("idle client error", err.message, err.stack);
});

module.exports.query = function (text, values, callback) {
  return pool.query(text, values, callback);
};

module.exports.connect = function (callback) {
  return pool.connect(callback);
};
