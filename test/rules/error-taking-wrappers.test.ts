// A connect callback wrapped in a helper that takes the error itself and calls the function with the rest: pg's own
// test helper `assert.success(function (client, done) {…})` asserts there is no error, then calls it with the client
// and its release (brianc/node-postgres's gh-issues/507-tests.js). Only a function whose parameters name the client
// first (and the release second) is read that way: nothing else says what an unknown wrapper passes on.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const wrapped = (params: string, body: string) => `const pg = require("pg");
const assert = require("assert");
const pool = new pg.Pool();
pool.connect(assert.success(function (${params}) {
${body}
}));`;

ruleTester.run("no-leaked-client on error-taking wrappers", rule, {
  valid: [
    {
      name: "the release comes before the assertion in the query callback",
      code: wrapped(
        "client, done",
        '  client.query("SELECT 1 AS n", function (err, res) {\n    done();\n    assert.equal(res.rows[0].n, 1);\n  });',
      ),
    },
    {
      name: "a wrapped function whose first parameter is not named like a client is not read as the checkout's",
      code: wrapped("rows, total", "  console.log(rows, total);"),
    },
  ],
  invalid: [
    {
      name: "an assertion in the query callback fails before done()",
      code: wrapped(
        "client, done",
        '  client.query("SELECT 1 AS n", function (err, res) {\n    assert.equal(res.rows[0].n, 1);\n    done();\n  });',
      ),
      errors: [{ messageId: "assertionSkipsRelease", data: { pool: "pool", line: 6, done: "done" }, line: 4, column: 1, suggestions: [] }],
    },
    {
      name: "a wrapped function that takes the client alone never releases it",
      code: wrapped("client", '  client.query("SELECT 1 AS n", function (err, res) {\n    console.log(err, res);\n  });'),
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 4, column: 1, suggestions: [] }],
    },
  ],
});
