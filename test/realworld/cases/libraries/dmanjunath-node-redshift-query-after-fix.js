// Source: dmanjunath/node-redshift — lib/query.js at 5afb886 (Redshift.prototype.query and runQuery, as PR #10 "Fix connection pooling" wrote them), reduced by hand, not copied
// Label: safe
// Why: each query checks a client out and hands it with its done to runQuery, whose query callback calls done(err) first thing in pool mode, the only mode that reaches it with a done
var Redshift = require("./connection.js");

Redshift.prototype.query = function (query, options, callback) {
  var that = this;
  var cb = typeof options === "function" ? options : callback;
  var opts = typeof options === "function" ? null : options;

  if (that.connectionType === "client") {
    runQuery(that, that.client, query, opts, cb);
  } else if (that.connectionType === "pool") {
    that.pool.connect(function (err, client, done) {
      if (err) {
        done(client);
        cb(err);
      } else {
        runQuery(that, client, query, opts, cb, done);
      }
    });
  } else {
    throw new Error("Neither client or pool mode, this should never happen");
  }
};

function runQuery(that, client, query, opts, cb, done) {
  client.query(query, function (err, data) {
    if (that.connectionType && that.connectionType === "pool") {
      done(err);
    }

    if (err) {
      cb(err);
    } else if (opts && opts.raw === true) {
      cb(null, data.rows);
    } else {
      cb(null, data);
    }
  });
}

module.exports = Redshift.prototype.query;
