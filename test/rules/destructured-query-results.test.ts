// no-leaked-client: a query callback that destructures its result (`(err, { rows }) => …`, gaps-33). pg calls a failed
// query's callback with the error alone, so the pattern throws as the callback is entered — before its first
// statement, whatever it checks — and the `done()` it holds never runs. pg's documented shape, `done()` first thing in
// the query's callback, is safe with a plain result and not with a pattern. Each invalid case sits beside its twin: a
// default for the pattern, the result taken whole, a pool's own query.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** A callback checkout guarded by its error, whose query callback is `callback`. */
const checkout = (callback: string) => `function load(pool, sql, cb) {
  pool.connect((err, client, done) => {
    if (err) return cb(err);
    client.query(sql, ${callback});
  });
}`;

ruleTester.run("no-leaked-client: a query callback that destructures its result", rule, {
  valid: [
    {
      name: "done() first thing in a callback taking its result whole (pg's documented shape)",
      code: checkout("(e, result) => {\n      done();\n      cb(e, result && result.rows);\n    }"),
    },
    {
      name: "the pattern has a default: a failed query leaves `rows` undefined, nothing throws",
      code: checkout("(e, { rows } = {}) => {\n      done();\n      cb(e, rows);\n    }"),
    },
    {
      name: "the error checked first, the result taken whole",
      code: checkout("(e, result) => {\n      done();\n      if (e) return cb(e);\n      cb(null, result.rows);\n    }"),
    },
    {
      name: "a pool's own query destructuring its result: no checkout to leak",
      code: `function load(pool, sql, cb) {\n  pool.query(sql, (err, { rows }) => {\n    cb(err, rows);\n  });\n}`,
    },
  ],
  invalid: [
    {
      name: "done() first thing, but the callback destructures its result",
      code: checkout("(e, { rows }) => {\n      done();\n      cb(e, rows);\n    }"),
      errors: [
        {
          messageId: "resultDestructuredOnError",
          data: { pool: "pool", read: "{ rows }", line: 4, done: "done", error: "e" },
          line: 2,
          column: 3,
          suggestions: [],
        },
      ],
    },
    {
      name: "the error checked first: the pattern has thrown already",
      code: checkout("function (err, [first]) {\n      if (err) {\n        done();\n        return cb(err);\n      }\n      done();\n      cb(null, first);\n    }"),
      errors: [
        {
          messageId: "resultDestructuredOnError",
          data: { pool: "pool", read: "[first]", line: 4, done: "done", error: "err" },
          line: 2,
          column: 3,
          suggestions: [],
        },
      ],
    },
    {
      name: "TypeScript: an annotated pattern, named without its annotation",
      code: checkout("(e: Error | null, { rows }: QueryResult) => {\n      done();\n      cb(e, rows);\n    }").replace(
        "function load(pool, sql, cb)",
        "function load(pool: Pool, sql: string, cb: Callback)",
      ),
      errors: [
        {
          messageId: "resultDestructuredOnError",
          data: { pool: "pool", read: "{ rows }", line: 4, done: "done", error: "e" },
          line: 2,
          column: 3,
          suggestions: [],
        },
      ],
    },
  ],
});
