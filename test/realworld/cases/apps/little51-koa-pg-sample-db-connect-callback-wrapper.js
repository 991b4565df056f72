// Source: little51/koa-pg-sample — db.js at af28c72 (module.exports.connect), reduced by hand, not copied
// Label: hand-over
// Why: the Koa sample's db module wraps pool.connect and returns what it returns — the caller's callback, or the caller's awaited promise, gets the client and its release
const pg = require("pg");

const pool = new pg.Pool({ user: "user", database: "database", host: "127.0.0.1", port: 5432, max: 10, idleTimeoutMillis: 30000 });

pool.on("error", function (err, client) {
  console.error("idle client error", err.message, err.stack);
});

module.exports.query = function (text, values, callback) {
  console.log("query:", text, values);
  return pool.query(text, values, callback);
};

module.exports.connect = function (callback) {
  return pool.connect(callback);
};
