// Source: aeisses/KNOWtimeServer — lib/query.js at 6e63f87^ (query; a copy of brianc/node-pg-query kept in the app, 2014-12, pg 2.x), reduced by hand, not copied
// Label: safe
// Why: the copy is of pg-query after its fix: `ok(cb, …)` hands a connect error to the caller before any client exists, and the query's own `ok(onError, onSuccess)` calls done(err) (destroying the client) or done() on its two outcomes; the `before` hook after submitting is a no-op
var pg = require("pg");
var ok = require("okay");
var when = require("when");
var nodefn = require("when/node");

var query = (module.exports = function (text, values, cb) {
  var q = { text: text, values: typeof values === "function" ? [] : values };
  if (typeof values === "function") cb = values;

  var defer;
  if (typeof cb === "undefined") {
    defer = when.defer();
    cb = nodefn.createCallback(defer.resolver);
  }

  pg.connect(query.connectionParameters, ok(cb, function (client, done) {
    var onError = function (err) {
      done(err);
      cb(err);
    };
    var onSuccess = function (res) {
      done();
      cb(null, res.rows, res);
    };
    var qry = client.query(q, ok(onError, onSuccess));
    query.before(qry, client);
  }));

  if (defer) return defer.promise;
  return q;
});

query.before = function (qry, client) {};
