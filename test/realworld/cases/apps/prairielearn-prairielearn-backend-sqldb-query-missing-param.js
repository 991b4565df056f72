// Source: PrairieLearn/PrairieLearn — backend/sqldb.js at 06ec4bf226 (query, 2016-09-05, pg 6.1.x Pool), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: a failed checkout and a failed query go through handleError, which destroys the client with done(client); but when paramsToArray reports a missing named parameter, `if (ERR(err, callback)) return;` answers the caller and returns with the client still checked out
var ERR = require("async-stacktrace");
var pg = require("pg");
var error = require("./error");

module.exports = {
  pool: null,

  init: function (config) {
    this.pool = new pg.Pool(config);
  },

  paramsToArray: function (sql, params, callback) {
    var names = sql.match(/\$[a-z_]+/g) || [];
    var values = [];
    for (var i = 0; i < names.length; i++) {
      var name = names[i].slice(1);
      if (!(name in params)) return callback(new Error("Missing parameter: " + name));
      values.push(params[name]);
    }
    callback(null, sql, values);
  },

  query: function (sql, params, callback) {
    var that = this;
    that.pool.connect(function (err, client, done) {
      var handleError = function (err) {
        if (!err) return false;
        if (client) {
          done(client);
        }
        error.addData(err, { sql: sql, params: params });
        if (ERR(err, callback)) return true;
        callback(error.addData(err, { extraInfo: "Error handling failed" }));
        return true;
      };
      if (handleError(err)) return;
      that.paramsToArray(sql, params, function (err, newSql, newParams) {
        if (err) error.addData(err, { sql: sql, params: params });
        if (ERR(err, callback)) return;
        client.query(newSql, newParams, function (err, result) {
          if (handleError(err)) return;
          done();
          callback(null, result);
        });
      });
    });
  },
};
