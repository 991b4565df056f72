// Source: faradayio/tilesplash — lib/index.js (pgMiddleware's req.db.query, the code behind issue #36 "Too many clients"), reduced by hand, not copied
// Label: safe
// Why: every path of the checkout callback calls done() (timed out, connect error, the SET's failure, the query's callback), and the response's finish/error also do; the "too many clients" of issue #36 comes from the new Pool made per query, not from a kept client
var pg = require("pg");

function setStatementTimeout(client) {
  var ms = parseInt(process.env.TILESPLASH_STATEMENT_TIMEOUT, 10) || 0;
  if (!ms) return Promise.resolve();
  return client.query("SET statement_timeout=" + ms);
}

module.exports = function pgMiddleware(dbOptions) {
  return function (req, res, next) {
    req.db = {};
    req.db.query = function (sql, bindvars, callback) {
      if (typeof bindvars === "function") {
        callback = bindvars;
        bindvars = undefined;
      }

      var poolTimedOut = false;
      var poolTimeout = setTimeout(function () {
        poolTimedOut = true;
        callback(new Error("failed to get db connection"));
      }, 5000);

      var pool = new pg.Pool(dbOptions);

      pool.connect(function (err, client, done) {
        if (poolTimedOut) {
          done();
          return;
        }
        clearTimeout(poolTimeout);
        if (err) {
          callback(err);
          done();
          return;
        }

        res.on("finish", done);
        res.on("error", done);
        req.on("timeout", done);

        setStatementTimeout(client)
          .then(function () {
            client.query(sql, bindvars, function (err, result) {
              callback(err, result);
              done();
            });
          })
          .catch(function (err) {
            callback(err);
            done();
          });
      });
    };
    next();
  };
};
