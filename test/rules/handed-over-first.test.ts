// A continuation made after the client was handed over does not start holding it (handed-over-first.ts;
// chilts/connect-pgclient: the middleware stores `req.db = { client, done }`, then starts BEGIN, whose callback calls
// `done()` only on BEGIN's error). Each valid case has its invalid twin: the same continuation with no store before
// it, with the store only on one branch, or with `done` parked on the client itself.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const callbackMiddleware = (store: string): string => `var pg = require("pg");
module.exports = function mw(req, res, next) {
  pg.connect("x", function (err, client, done) {
    if (err) return next(err);
${store}    client.query("BEGIN", function (err) {
      if (err) { done(); return next(err); }
      next();
    });
  });
};
`;
const awaitMiddleware = (store: string): string => `const { Pool } = require("pg");
const pool = new Pool();
module.exports = async function mw(req, res, next) {
  const client = await pool.connect();
${store}  client.query("BEGIN", function (err) {
    if (err) { client.release(); return next(err); }
    next();
  });
};
`;

ruleTester.run("no-leaked-client: a continuation made after the client was handed over", rule, {
  valid: [
    {
      name: "the client and done stored together on the request before BEGIN (connect-pgclient)",
      code: callbackMiddleware("    req.db = { client: client, done: done };\n"),
    },
    {
      name: "done and the client stored one by one before BEGIN",
      code: callbackMiddleware("    req.done = done;\n    req.client = client;\n"),
    },
    {
      name: "an awaited checkout stored on the request in an array literal before BEGIN",
      code: awaitMiddleware("  req.db = [client];\n"),
    },
  ],
  invalid: [
    {
      name: "no store before BEGIN: the callback's success path keeps the client",
      code: callbackMiddleware(""),
      errors: [{ messageId: "callbackPathWithoutDone", data: { pool: "pg", done: "done", where: "the end of the callback on line 8" }, line: 3, column: 3, suggestions: [] }],
    },
    {
      name: "the store runs on one branch only: BEGIN's success path may still hold the client",
      code: callbackMiddleware("    if (req.keep) req.db = { client: client, done: done };\n"),
      errors: [{ messageId: "callbackPathWithoutDone", data: { pool: "pg", done: "done", where: "the end of the callback on line 9" }, line: 3, column: 3, suggestions: [] }],
    },
    {
      name: "done parked on the client itself is no hand-over (loopback-connector-postgresql's beginTransaction)",
      code: callbackMiddleware("    client.autorelease = done;\n"),
      errors: [{ messageId: "callbackPathWithoutDone", data: { pool: "pg", done: "done", where: "the end of the callback on line 9" }, line: 3, column: 3, suggestions: [] }],
    },
    {
      name: "an awaited checkout with no store before BEGIN",
      code: awaitMiddleware(""),
      errors: [{ messageId: "notReleasedOnAllPaths", data: { pool: "pool", line: 8 }, line: 4, column: 24, suggestions: [] }],
    },
  ],
});
