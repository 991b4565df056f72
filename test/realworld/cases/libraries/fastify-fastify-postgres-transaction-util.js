// Source: fastify/fastify-postgres — index.js (transactionUtil), reduced by hand, not copied
// Label: safe
// Why: every path gives `done` back: COMMIT's callback calls it, and a failed BEGIN or a rejected fn sends `client.query("ROLLBACK", done)`
"use strict";

function runInTransaction(pool, work, cb) {
  pool.connect((err, client, done) => {
    if (err) return cb(err);

    const abortOn = (failure) => {
      if (failure) {
        client.query("ROLLBACK", done);
      }
      return Boolean(failure);
    };

    const finish = (failure, result) => {
      if (abortOn(failure)) return cb(failure);
      client.query("COMMIT", (commitErr) => {
        done();
        if (commitErr) return cb(commitErr);
        return cb(null, result);
      });
    };

    client.query("BEGIN", (beginErr) => {
      if (abortOn(beginErr)) return cb(beginErr);
      const pending = work(client, finish);
      if (pending && typeof pending.then === "function") {
        pending.then((result) => finish(null, result), (failure) => finish(failure));
      }
    });
  });
}

module.exports = { runInTransaction };
