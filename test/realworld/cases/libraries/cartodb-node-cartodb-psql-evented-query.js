// Source: CartoDB/node-cartodb-psql — lib/psql.js (PSQL.eventedQuery), reduced by hand, not copied
// Label: safe
// Why: the evented query's 'error' listener calls done(err) and its 'end' listener calls done() when no error came first: the query settles one way or the other and the client goes back either way
var pg = require("pg");

function PSQL(connectionParams) {
  var me = {};

  // dbConnect (not shown) forwards `pg.connect(config, (err, client, done) => cb(err, client, done))`.
  me.eventedQuery = function (sql, params, callback) {
    if (typeof params === "function") {
      callback = params;
      params = [];
    }
    this.connect(function (err, client, done) {
      if (err) {
        return callback(err);
      }
      var query = client.query(sql, params || []);
      var onNotice = function () {
        query.emit("notice", arguments);
      };
      client.on("notice", onNotice);

      var gotError = false;
      query.on("error", function (queryError) {
        client.removeListener("notice", onNotice);
        gotError = true;
        done(queryError);
      });
      query.on("end", function () {
        client.removeListener("notice", onNotice);
        if (!gotError) {
          done();
        }
      });

      var cancel = function () {
        pg.cancel(undefined, client, query);
      };
      return callback(null, query, cancel);
    });
  };

  me.connect = function (cb) {
    this.dbConnect(connectionParams, cb);
  };

  return me;
}

module.exports = PSQL;
