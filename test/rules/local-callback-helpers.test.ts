// A callback-style connection helper of the same file hands pg's `(err, client, done)` on to its caller's callback,
// so each call of it is a checkout of its own: toptal/haste-server's document store calls
// `this.safeConnect(function (err, client, done) { … })` from the other methods of its prototype object, and a
// function declared in the file is called by name. A helper that releases the client itself only lends it.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const prototypeStore = (onError: string) => `const { Pool } = require("pg");
const Store = function () {
  this.pool = new Pool();
};
Store.prototype = {
  set: function (key, callback) {
    this.safeConnect(function (err, client, done) {
      if (err) return callback(false);
      client.query("INSERT INTO entries (key) VALUES ($1)", [key], function (err) {
        ${onError}
        callback(true);
        done();
      });
    });
  },
  safeConnect: function (callback) {
    this.pool.connect((error, client, done) => {
      if (error) callback(error);
      else callback(undefined, client, done);
    });
  },
};
module.exports = Store;
`;

const namedHelper = (onError: string) => `const { Pool } = require("pg");
const pool = new Pool();
function safeConnect(callback) {
  pool.connect((error, client, done) => {
    if (error) return callback(error);
    callback(null, client, done);
  });
}
function save(key, callback) {
  safeConnect((err, client, done) => {
    if (err) return callback(err);
    client.query("INSERT INTO entries (key) VALUES ($1)", [key], (err) => {
      ${onError}
      done();
      callback(null);
    });
  });
}
module.exports = { save };
`;

const lendingHelper = `const { Pool } = require("pg");
const pool = new Pool();
function withConnection(callback) {
  pool.connect((error, client, done) => {
    if (error) return callback(error);
    callback(null, client);
    done();
  });
}
function count(callback) {
  withConnection((err, client) => {
    if (err) return callback(err);
    client.query("SELECT count(*) FROM entries", callback);
  });
}
module.exports = { count };
`;

// The shortest helper hands its caller's callback to the pool's connect itself: pg calls it with `(err, client, done)`.
const forwardingHelper = (opts: { async?: boolean; onError: string; helper?: string; receiver?: string }) => `const { Pool } = require("pg");
const { createClient } = require("redis");
const pool = new Pool();
const redis = createClient();
function getClient(cb) { ${opts.helper ?? `${opts.receiver ?? "pool"}.connect(cb);`} }
app.get("/", (req, res) => {
  getClient(${opts.async ? "async " : ""}(err, client, done) => { if (err) return res.end(); client.query("SELECT 1", (e) => { ${opts.onError} done(); res.end(); }); });
});
`;

ruleTester.run("no-leaked-client: callback-style helpers of the same file", rule, {
  valid: [
    { name: "this.safeConnect: done() on the error path too", code: prototypeStore("if (err) { done(); return callback(false); }") },
    { name: "a named helper: done() on the error path too", code: namedHelper("if (err) { done(); return callback(err); }") },
    { name: "a helper that releases the client itself only lends it", code: lendingHelper },
    { name: "pool.connect(cb): done() on the error path too", code: forwardingHelper({ onError: "if (e) { done(); return res.end(); }" }) },
    {
      name: "pool.connect(cb): an async callback, done() on the error path too",
      code: forwardingHelper({ async: true, onError: "if (e) { done(); return res.end(); }" }),
    },
    {
      name: "a helper that also uses its callback elsewhere is not a plain forward",
      code: forwardingHelper({ onError: "if (e) return res.end();", helper: 'if (!cb) throw new Error("no callback"); pool.connect(cb);' }),
    },
    { name: "connect of a redis client is no checkout", code: forwardingHelper({ onError: "if (e) return res.end();", receiver: "redis" }) },
  ],
  invalid: [
    {
      name: "this.safeConnect: the error path returns without done()",
      code: prototypeStore("if (err) return callback(false);"),
      errors: [{ messageId: "helperCallbackPathWithoutDone", line: 7, column: 5 }],
    },
    {
      name: "a named helper: the error path returns without done()",
      code: namedHelper("if (err) return callback(err);"),
      errors: [{ messageId: "helperCallbackPathWithoutDone", line: 10, column: 3 }],
    },
    {
      name: "pool.connect(cb) in a helper of the same file: the query's error path returns without done()",
      code: forwardingHelper({ onError: "if (e) return res.end();" }),
      errors: [{ messageId: "helperCallbackPathWithoutDone", line: 7, column: 3 }],
    },
    {
      name: "pool.connect(cb) in a helper of the same file, an async callback: the error path returns without done()",
      code: forwardingHelper({ async: true, onError: "if (e) return res.end();" }),
      errors: [{ messageId: "helperCallbackPathWithoutDone", line: 7, column: 3 }],
    },
  ],
});
