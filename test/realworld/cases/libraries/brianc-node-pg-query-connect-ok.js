// Source: brianc/node-pg-query — index.js (query), reduced by hand, not copied
// Label: safe
// Why: an error-first wrapper (`ok(cb, fn)`) hands a connect error to the caller before any client exists; the query's error and success handlers both call `done` first
"use strict";

const pg = require("pg");

function ok(onError, onSuccess) {
  return function (err, ...rest) {
    if (err) return onError(err);
    return onSuccess(...rest);
  };
}

const query = function (text, values, cb) {
  const q = { text, values };
  (query.pg || pg).connect(query.connectionParameters, ok(cb, function (client, done) {
    const onError = function (err) {
      done(err);
      cb(err);
    };
    const onSuccess = function (res) {
      done();
      cb(null, res.rows, res);
    };
    const submitted = client.query(q, ok(onError, onSuccess));
    query.before(submitted, client);
  }));
  return q;
};

query.before = function () {};
query.connectionParameters = process.env.DATABASE_URL;

module.exports = query;
