// Source: acarl/pg-restify — lib/index.js (PgRestify.prototype.executeWithHooks), reduced by hand, not copied
// Label: safe
// Why: the generated REST admin runs BEGIN, hooks, the handler and COMMIT in async.series; the final callback calls done() after COMMIT or after the ROLLBACK's callback
var async = require("async");

var { Pool } = require("pg");

function PgRestify(config) {
  this.pool = new Pool(config.pgConfig);
}

PgRestify.prototype.executeWithHooks = function (req, res, next, eventName, innerFunction) {
  var self = this;

  this.pool.connect(function (err, client, done) {
    if (err) {
      req.log.error({ err: err }, err.message);
      return next(new Error("Unexpected error"));
    }

    async.series(
      [
        function (next) {
          client.query("begin", next);
        },
        function (next) {
          self.hooks.runPreHooks(eventName, req.params.resource, req, res, client, next);
        },
        function (next) {
          innerFunction.call(null, client, next);
        },
        function (next) {
          client.query("commit", next);
        },
      ],
      function (err) {
        if (err) {
          client.query("rollback", function (rollbackErr) {
            done(rollbackErr);
            if (err.statusCode) return next(err);
            return next(new Error("Unexpected error"));
          });
        } else {
          done();
          res.json(res.statusCode, res.pgRestifyResponseBody);
          return next();
        }
      },
    );
  });
};

module.exports = PgRestify;
