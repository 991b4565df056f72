// Source: Montana-Code-School/gearBumServer — config/database.js at 260bbfc (connectMiddleware, last changed 2ab889f 2016-08-11, pg ^6.0.2), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: the middleware (registered with `app.use` for every request) now gives the client back only from a patched `res.send`; a response that never goes through send — passport's `res.redirect`, a 404 from Express's final handler, a plain `res.end()` — keeps its client, as does a connect error, which leaves the request hanging
var pg = require("pg");
var parseDbUrl = require("parse-database-url");

var config = process.env.DATABASE_URL ? parseDbUrl(process.env.DATABASE_URL) : { database: "gearbum", port: 5432 };
config.max = 10000;
config.idleTimeoutMillis = 1000;

var pool;

function connectMiddleware(req, res, next) {
  getDB(function (err, client, done) {
    if (err) {
      return console.error("error fetching client from pool", err);
    }
    var resSend = res.send;
    res.send = function () {
      done();
      return resSend.bind(res)(...arguments);
    };
    req.db = client;
    req.db.done = done;
    next();
  });
}

function getDB(callback) {
  pool = pool || new pg.Pool(config);
  pool.connect(callback);
}

module.exports = { getDB, connectMiddleware };
