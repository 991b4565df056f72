// Source: bimedia-fr/architect-pg-pool — src/api.js at 4ef6682^ (queryStream, before "handle error on readable stream to return connection to pool"), reduced by hand, not copied
// Label: leak
// Rule: poolguard/no-leaked-client
// Why: only the stream's 'end' calls done(); a query that fails emits 'error' and never 'end', so the client stays checked out (commit 4ef6682 added the 'error' release)
"use strict";

var QueryStream = require("pg-query-stream");
var PassThrough = require("stream").PassThrough;

function deferred(fn) {
  var str = new PassThrough({ objectMode: true });
  fn(str);
  return str;
}

module.exports = function api(pool) {
  return {
    queryStream: function (sql, params, callback) {
      return deferred(function (str) {
        pool.connect(function (err, handle, done) {
          if (err) {
            if (callback) {
              return callback(err);
            }
            str.emit("error", err);
            return;
          }
          var query = new QueryStream(sql, params);
          var stream = handle.query(query);
          stream.once("end", done);
          stream.pipe(str);
          return callback && callback(undefined, str);
        });
      });
    },
  };
};
