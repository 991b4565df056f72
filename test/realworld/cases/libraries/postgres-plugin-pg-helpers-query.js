// Source: postgres-plugin/pg-helpers — lib/query.js (module export), reduced by hand, not copied
// Label: safe
// Why: the pg documentation's callback shape: a connect error returns before any client exists, and `done()` is the first statement of the query callback
"use strict";

module.exports = function (query, pool, cb) {
  pool.connect(function (poolError, client, done) {
    if (poolError) {
      return cb(poolError, null);
    }

    return client.query(query, function (error, response) {
      done();
      return cb(error, response);
    });
  });
};
