// Callbacks wrapped in okay's `ok(onError, fn)`, as pg code of the callback era wrote them (brianc/node-pg-query before
// adbe76e): the wrapper hands an error to `onError` and calls `fn` only on success, so a `done()` inside `fn` is skipped
// when the query fails. Each leak sits beside the safe twin a person would write.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

ruleTester.run("no-leaked-client on error-splitting wrappers", rule, {
  valid: [
    {
      name: "both sides of the query's wrapper release: done(err) on the error path, done() on success",
      code: `var pg = require("pg");
var ok = require("okay");
function query(text, cb) {
  pg.connect(process.env.DATABASE_URL, ok(cb, function (client, done) {
    var onError = function (err) {
      done(err);
      cb(err);
    };
    client.query(text, ok(onError, function (res) {
      done();
      cb(null, res.rows);
    }));
  }));
}`,
    },
    {
      name: "a query callback that takes the error itself and releases first",
      code: `import pg from "pg";
import ok from "okay";
const pool = new pg.Pool();
export function query(text, cb) {
  pool.connect(ok(cb, (client, done) => {
    client.query(text, (err, res) => {
      done();
      if (err) return cb(err);
      cb(null, res.rows);
    });
  }));
}`,
    },
    {
      name: "a local function named ok is not taken for okay: the checkout is not read through it",
      code: `var pg = require("pg");
function ok(onError, fn) {
  return function (err, a, b) { return fn(a, b); };
}
function query(text, cb) {
  pg.connect(process.env.DATABASE_URL, ok(cb, function (client, done) {
    client.query(text, ok(cb, function (res) {
      done();
      cb(null, res.rows);
    }));
  }));
}`,
    },
  ],
  invalid: [
    {
      name: "the query callback is wrapped in ok(cb, …): a failing query goes to cb and skips done()",
      code: `var pg = require("pg");
var ok = require("okay");
function query(text, cb) {
  pg.connect(process.env.DATABASE_URL, ok(cb, function (client, done) {
    client.query(text, ok(cb, function (res) {
      done();
      cb(null, res.rows);
    }));
  }));
}`,
      errors: [
        {
          messageId: "errorSplitSkipsRelease",
          data: { pool: "pg", line: 5, wrapper: "ok", onError: "cb", done: "done" },
          line: 4,
          column: 3,
          suggestions: [],
        },
      ],
    },
    {
      name: "the same with an ES import of okay and a pool's callback checkout",
      code: `import pg from "pg";
import ok from "okay";
const pool = new pg.Pool();
export function query(text, cb) {
  pool.connect(ok(cb, (client, done) => {
    client.query(text, ok(cb, (res) => {
      done();
      cb(null, res.rows);
    }));
  }));
}`,
      errors: [
        {
          messageId: "errorSplitSkipsRelease",
          data: { pool: "pool", line: 6, wrapper: "ok", onError: "cb", done: "done" },
          line: 5,
          column: 3,
          suggestions: [],
        },
      ],
    },
  ],
});
