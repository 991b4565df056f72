// Source: danielabar/angular-express-webapp-base — lib/database.js (getConnection), reduced by hand, not copied
// Label: hand-over
// Why: legacy `pg.connect(url, cb)`: after BEGIN the client goes to the caller's callback with `commit`/`rollback` closures attached that call the release; every error branch releases first
var pg = require("pg");

var connectionString = process.env.DATABASE_URL;

var releaseErroredConnection = function (release) {
  release(true);
};

module.exports = {
  getConnection: function (callback) {
    pg.connect(connectionString, function (err, client, release) {
      if (err) {
        releaseErroredConnection(release);
        callback(err);
      } else {
        client.query("BEGIN", function (err) {
          if (err) {
            releaseErroredConnection(release);
            callback(err);
          } else {
            client.rollback = function (cb) {
              client.query("ROLLBACK", function (err) {
                if (err) {
                  releaseErroredConnection(release);
                  return cb(err);
                }
                release();
                cb(null);
              });
            };
            client.commit = function (cb) {
              client.query("COMMIT", function (err) {
                if (err) {
                  releaseErroredConnection(release);
                  return cb(err);
                }
                release();
                cb(null);
              });
            };
            callback(null, client);
          }
        });
      }
    });
  },
};
