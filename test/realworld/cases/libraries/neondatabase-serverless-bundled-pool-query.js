// Source: neondatabase/serverless — index.js (the bundled pg-pool `Pool.prototype.query`), reduced by hand, not copied
// Label: safe
// Why: the bundler joined statements with commas (`if (…, !released) return released = !0, client.release(err), …`) wrote `false`/`true` as `!1`/`!0`, and wrapped the module in a function handed to a call; the error handler and the query callback both release under that shared flag, and the catch releases when query() throws, so the connect callback itself need not
var __defProp = Object.defineProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
var __commonJS = (cb, mod) => () => (mod || cb((mod = { exports: {} }).exports, mod), mod.exports);

// The bundler wraps each module in a function handed to __commonJS.
var require_pg_pool = __commonJS((exports, module) => {
class BoundPool extends EventEmitter {
  query(text, values, cb) {
    if (typeof values === "function") {
      cb = values;
      values = undefined;
    }
    const response = promisify(this.Promise, cb);
    cb = response.callback;
    this.connect((err, client) => {
      if (err) return cb(err);
      let clientReleased = !1;
      const onError = __name((err) => {
        clientReleased || ((clientReleased = !0), client.release(err), cb(err));
      }, "onError");
      client.once("error", onError);
      try {
        client.query(text, values, (err, res) => {
          if ((this.log("query dispatched"), client.removeListener("error", onError), !clientReleased))
            return (clientReleased = !0), client.release(err), err ? cb(err) : cb(undefined, res);
        });
      } catch (err) {
        return client.release(err), cb(err);
      }
    });
    return response.result;
  }
}
module.exports = BoundPool;
});
