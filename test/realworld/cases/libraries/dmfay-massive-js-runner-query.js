// Source: dmfay/massive-js — lib/runner.js at 9d23a36^ (DB.prototype.query, pg's module-level pool), reduced by hand, not copied
// Label: safe
// Why: a connect error calls done() before handing the error on; the query callback calls done() first, before the error message is built or the rows handed back
var pg = require("pg");
var _ = require("underscore");
var ArgTypes = require("./arg_types");

var DB = function (connectionString) {
  this.connectionString = connectionString;
};

DB.prototype.query = function () {
  var args = ArgTypes.queryArgs(arguments);
  var e = new Error();

  if (_.isObject(args.params)) {
    args.params = _.values(args.params);
  }

  pg.connect(this.connectionString, function (err, db, done) {
    if (err) {
      done();
      return args.next(err, null);
    }

    db.query(args.sql, args.params, function (err, result) {
      done();

      if (err) {
        if (err.toString().indexOf("there is no parameter") > -1) {
          e.message = "You need to wrap your parameter into an array";
        } else {
          e.message = err.message || err.toString();
          e.code = err.code;
        }
        args.next(_.defaults(e, err), null);
      } else {
        if (args.options.single) {
          result.rows = result.rows.length >= 0 ? result.rows[0] : null;
        }
        args.next(null, result.rows);
      }
    });
  });
};

module.exports = DB;
