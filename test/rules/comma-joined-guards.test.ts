// no-leaked-client: a bundler joins statements with commas, so a release flag can be the last expression of a
// sequence in an `if` test (`if ((log(), removeListener(…), !released)) return released = true, client.release()`):
// that last expression is the test's value (corpus: neondatabase/serverless's bundled pg-pool `Pool.query`). Each
// invalid case sits next to its valid twin.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** pg-pool's query(): the error listener and the query callback both release under one flag. */
const poolQuery = (test: string) =>
  `import { Pool } from "pg";
const pool = new Pool();
export function query(text, cb) {
  pool.connect((err, client) => {
    if (err) return cb(err);
    let released = false;
    const onError = (error) => {
      if (released) return;
      released = true;
      client.release(error);
      cb(error);
    };
    client.once("error", onError);
    client.query(text, (error, res) => {
      if (${test}) return (released = true), client.release(error), cb(error, res);
    });
  });
}`;

/** The same query() as a minifier writes it: `!1`/`!0` for false/true, the handler's test folded into `||`. */
const minified = (falseValue: string, trueValue: string) =>
  `import { Pool } from "pg";
const pool = new Pool();
export function query(text, cb) {
  pool.connect((err, client) => {
    if (err) return cb(err);
    let released = ${falseValue};
    const onError = (error) => {
      released || ((released = ${trueValue}), client.release(error), cb(error));
    };
    client.once("error", onError);
    client.query(text, (error, res) => {
      if ((log("query done"), !released)) return (released = ${trueValue}), client.release(error), cb(error, res);
    });
  });
}`;

ruleTester.run("no-leaked-client: a release flag tested at the end of a comma-joined test", rule, {
  valid: [
    { name: "the flag is the sequence's last expression", code: poolQuery('(log("query done"), !released)') },
    { name: "the plain flag test (the source the bundle came from)", code: poolQuery("!released") },
    { name: "a minifier's !1/!0 for false/true make the same flag", code: minified("!1", "!0") },
  ],
  invalid: [
    {
      name: "a variable set to numbers is no boolean flag: the query callback's other path keeps the client",
      code: minified("0", "1"),
      errors: [
        {
          messageId: "callbackPathWithoutDone",
          data: { pool: "pool", where: "the end of the callback on line 13", done: "client.release" },
          line: 4,
          column: 3,
          suggestions: [],
        },
      ],
    },
    {
      name: "the flag is not the sequence's last expression: the test says nothing about it",
      code: poolQuery('(!released, log("query done"))'),
      errors: [
        {
          messageId: "callbackPathWithoutDone",
          data: { pool: "pool", where: "the end of the callback on line 16", done: "client.release" },
          line: 4,
          column: 3,
          suggestions: [],
        },
      ],
    },
  ],
});
