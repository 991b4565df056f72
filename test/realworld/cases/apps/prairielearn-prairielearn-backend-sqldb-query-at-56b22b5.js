// Source: PrairieLearn/PrairieLearn — backend/sqldb.js at 56b22b540c (query, 2016-05-18, pg 4.5.x module-level pool), reduced by hand, not copied
// Label: safe
// Why: the wiki's handleError idiom kept in a closure: a checkout or query error destroys the client with done(client) before answering, the success path calls done() before the callback, and nothing else runs in between
var pg = require("pg");
var config = require("./config");

module.exports = {
  query: function (sql, params, callback) {
    pg.connect(config.sdbAddress, function (err, client, done) {
      var handleError = function (err) {
        if (!err) return false;
        if (client) {
          done(client);
        }
        callback({ sql: sql, params: params, err: err });
        return true;
      };
      if (handleError(err)) return;
      client.query(sql, params, function (err, result) {
        if (handleError(err)) return;
        done();
        callback(null, result);
      });
    });
  },
};
