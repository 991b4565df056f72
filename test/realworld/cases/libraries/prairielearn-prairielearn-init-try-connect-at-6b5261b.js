// Source: PrairieLearn/PrairieLearn — prairielib/lib/sql-db.js at 6b5261b (init's tryConnect, "Release v1.5.1 to fix postgres connection bug"), reduced by hand, not copied
// Label: safe
// Why: a successful probe calls `done()` before `callback(null)`; a failed connect has no client to give back (the `done(client)` under `if (client)` is never reached) and is retried after a timeout
const pg = require("pg");
const error = require("./error");

module.exports = {
  pool: null,

  init: function (pgConfig, idleErrorHandler, callback) {
    try {
      this.pool = new pg.Pool(pgConfig);
    } catch (err) {
      error.addData(err, { pgConfig });
      callback(err);
      return;
    }
    this.pool.on("error", function (err, client) {
      idleErrorHandler(err, client);
    });

    let retryCount = 0;
    const retryTimeouts = [500, 1000, 2000, 5000, 10000];
    const tryConnect = () => {
      this.pool.connect((err, client, done) => {
        if (err) {
          if (client) {
            done(client);
          }
          if (retryCount >= retryTimeouts.length) {
            err.message = `Couldn't connect to Postgres after ${retryTimeouts.length} retries: ${err.message}`;
            callback(err);
            return;
          }
          const timeout = retryTimeouts[retryCount];
          retryCount++;
          setTimeout(tryConnect, timeout);
        } else {
          done();
          callback(null);
        }
      });
    };
    tryConnect();
  },
};
