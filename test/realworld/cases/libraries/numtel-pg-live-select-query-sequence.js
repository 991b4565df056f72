// Source: numtel/pg-live-select — lib/querySequence.js (pg's module-level pool), reduced by hand, not copied
// Label: safe
// Why: the queries run one after another through performNext; a failing one calls done() before calling back, and the end of the list calls done() before the final callback
var pg = require("pg");

module.exports = function (connStr, queries, callback) {
  pg.connect(connStr, function (error, client, done) {
    if (error) return callback && callback(error);

    var performNext = function (index) {
      if (index < queries.length) {
        var query = queries[index];
        var params = [];
        if (query instanceof Array) {
          params = query[1];
          query = query[0];
        }
        client.query(query, params, function (error) {
          if (error) {
            done();
            return callback && callback(error);
          }
          performNext(++index);
        });
      } else {
        done();
        callback && callback();
      }
    };

    performNext(0);
  });
};
