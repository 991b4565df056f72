// Source: DataDog/dd-trace-js — packages/datadog-plugin-pg/test/index.spec.js (acquireWithCallback), reduced by hand, not copied
// Label: hand-over
// Why: the client and its `release` go to the caller's `run`, which releases on success; the helper itself releases with the error when `run` rejects
"use strict";

function acquireWithCallback(pool, run) {
  return new Promise((resolve, reject) => {
    pool.connect((error, client, release) => {
      if (error) {
        reject(error);
        return;
      }

      Promise.resolve(run(client, release)).then(resolve, (failure) => {
        release(failure);
        reject(failure);
      });
    });
  });
}

module.exports = { acquireWithCallback };
