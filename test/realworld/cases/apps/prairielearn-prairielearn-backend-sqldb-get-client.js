// Source: PrairieLearn/PrairieLearn — backend/sqldb.js at 06ec4bf226 (getClient, 2016-09-05, pg 6.1.x Pool), reduced by hand, not copied
// Label: hand-over
// Why: the client and its done go to the caller's callback, which runs its queries with queryWithClient and gives the client back with releaseClient or rollbackWithClient; on a connect error any client is destroyed with done(client) before the error is answered
var ERR = require("async-stacktrace");
var pg = require("pg");
var error = require("./error");

module.exports = {
  pool: null,

  init: function (config) {
    this.pool = new pg.Pool(config);
  },

  getClient: function (callback) {
    this.pool.connect(function (err, client, done) {
      if (err) {
        if (client) {
          done(client);
        }
        if (ERR(err, callback)) return;
        return callback(error.addData(err, { extraInfo: "Error handling failed" }));
      }
      callback(null, client, done);
    });
  },

  releaseClient: function (client, done) {
    done();
  },

  rollbackWithClient: function (client, done) {
    client.query("ROLLBACK", function (err) {
      return done(err);
    });
  },
};
