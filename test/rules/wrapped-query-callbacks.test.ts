// no-unawaited-client-work: a query whose callback is wrapped in a call that passes it on (`assert.success(fn)`,
// `once(fn)`) is callback style, not a dropped promise (corpus: brianc/node-postgres's array tests). A function given
// to a value-building method (`ids.map(fn)`) is no callback. Each invalid case sits next to its valid twin.
import rule from "../../rules/no-unawaited-client-work.js";
import { ruleTester } from "../support/rule-tester.js";

/** A callback-style checkout whose client goes back in a later test of the suite, as the pg tests do. */
const suite = (query: string) =>
  `import { Pool } from "pg";
const pool = new Pool();
pool.connect((err, client, release) => {
  if (err) throw err;
  suite.test("rows", (done) => {
    ${query}
  });
  suite.test("cleanup", () => release());
});`;

const heldInTry = (query: string) =>
  `import { Pool } from "pg";
const pool = new Pool();
async function run(ids: number[]) {
  const client = await pool.connect();
  try {
    ${query}
  } finally {
    client.release();
  }
}`;

const releasedAtOnce = (query: string) =>
  `import { Pool } from "pg";
const pool = new Pool();
pool.connect((err, client, release) => {
  if (err) throw err;
  ${query}
  release();
});`;

ruleTester.run("no-unawaited-client-work (wrapped query callbacks)", rule, {
  valid: [
    {
      name: "values, then a callback wrapped by an assertion helper",
      code: suite('client.query("SELECT $1::text[] AS a", [[null]], assert.success((result) => done(result)));'),
    },
    {
      name: "a wrapped callback as the only argument after the text",
      code: suite('client.query("SELECT 1", assert.success(function (result) { done(result); }));'),
    },
    {
      name: "a callback wrapped by once()",
      code: suite('client.query("SELECT 1", once((error, result) => done(error, result)));'),
    },
  ],
  invalid: [
    {
      name: "values built by map are no callback: the promise is dropped",
      code: heldInTry('client.query("SELECT $1", ids.map((id) => id * 2));'),
      errors: [
        {
          messageId: "unawaited",
          data: { work: "client.query(…)", client: "client" },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 55,
          suggestions: [
            {
              messageId: "addAwait",
              output: heldInTry('await client.query("SELECT $1", ids.map((id) => id * 2));'),
            },
          ],
        },
      ],
    },
    {
      name: "a wrapped callback, then the release in the same run: released while the query runs",
      code: releasedAtOnce('client.query("SELECT 1", assert.success((result) => console.log(result)));'),
      errors: [
        {
          messageId: "releasedWhileRunning",
          data: { work: "client.query(…)", client: "client", releaseLine: "6" },
          line: 5,
          column: 3,
          suggestions: [],
        },
      ],
    },
  ],
});
