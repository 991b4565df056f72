// Source: acarl/pg-restify — lib/index.js (PgRestify.prototype.runQuery), reduced by hand, not copied
// Label: safe
// Why: the schema-refresh query helper calls done() first thing in the query callback, on error and success alike
var { Pool } = require("pg");

function PgRestify(config) {
  this.pool = new Pool(config.pgConfig);
}

PgRestify.prototype.runQuery = function (sql, params, next) {
  this.pool.connect(function (err, client, done) {
    if (err) return next(err);

    client.query(sql, params, function (err, result) {
      done();
      return next(err, result);
    });
  });
};

module.exports = PgRestify;
