// Source: bimedia-fr/architect-pg-pool — src/api.js (queryStream), reduced by hand, not copied
// Label: safe
// Why: the release callback is wrapped in `once(cb)`; a failed connect returns before any handle, and the stream's end, its error and the consumer's cancel each call the wrapper
const once = require("once");
const QueryStream = require("pg-query-stream");
const { PassThrough } = require("stream");

module.exports = function api(pool) {
  return {
    queryStream: function (sql, params, callback) {
      const str = new PassThrough({ objectMode: true });
      pool.connect(function (err, handle, cb) {
        const done = once(cb);
        if (err || !handle) {
          const error = err || new Error("Unable to get a connection from the pool");
          if (callback) return callback(error);
          str.emit("error", error);
          return;
        }
        const stream = handle.query(new QueryStream(sql, params));
        stream.once("end", done);
        stream.once("error", function (err) {
          done();
          str.emit("error", err);
        });
        str.once("cancel", () => {
          stream.destroy();
          done();
        });
        stream.pipe(str);
        return callback && callback(undefined, str);
      });
      return str;
    },
  };
};
