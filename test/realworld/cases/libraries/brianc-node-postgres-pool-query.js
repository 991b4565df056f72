// Source: brianc/node-postgres — packages/pg-pool/index.js (Pool.prototype.query), reduced by hand, not copied
// Label: safe
// Why: inside the pool itself: the client is released exactly once, by the query callback or by the client 'error' handler, and a throwing `client.query` is caught and released
"use strict";

class PoolSketch {
  query(text, values, cb) {
    if (typeof values === "function") {
      cb = values;
      values = undefined;
    }
    this.connect((err, client) => {
      if (err) {
        return cb(err);
      }
      let released = false;
      const onError = (clientErr) => {
        if (released) return;
        released = true;
        client.release(clientErr);
        cb(clientErr);
      };
      client.once("error", onError);
      try {
        client.query(text, values, (queryErr, res) => {
          client.removeListener("error", onError);
          if (released) return;
          released = true;
          client.release(queryErr);
          if (queryErr) return cb(queryErr);
          return cb(undefined, res);
        });
      } catch (thrown) {
        client.release(thrown);
        return cb(thrown);
      }
    });
  }
}

module.exports = PoolSketch;
