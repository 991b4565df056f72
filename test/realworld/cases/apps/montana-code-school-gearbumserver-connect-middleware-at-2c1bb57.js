// Source: Montana-Code-School/gearBumServer — config/database.js at 2c1bb57 (connectMiddleware, 2016-07-18, pg ^6.0.2), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: an Express middleware run for every request checks a client out of a lazily made pg 6 Pool, parks it on `req.db` and calls next(); nothing anywhere keeps or calls `done`, so every request keeps its client (a `max: 10` pool stalls after ten requests)
var pg = require("pg");

var config = { user: "gearbum", database: "gearbum", port: 5432, max: 10, idleTimeoutMillis: 30000 };
var pool;

function connectMiddleware(req, res, next) {
  getDB(function (err, client, done) {
    if (err) {
      return console.error("error fetching client from pool", err);
    }
    req.db = client;
    next();
  });
}

function getDB(callback) {
  pool = pool || new pg.Pool(config);
  pool.connect(callback);
}

module.exports = { getDB, connectMiddleware };
