// no-leaked-client: arrow tasks and destructured results in `async` task lists (gaps-33). A newcomer linting the
// tarball saw `async.series([(next) => client.query(sql, (e, r) => next(e, r.rows)), …], (err) => { if (err) return
// cb(err); done(); … })` pass silently: the final callback runs only once every task has called back, and the arrow
// task's query callback reads `r.rows` before it looks at `e`, so a failed query (pg calls back with the error alone)
// throws there, the task never calls back, and `done()` never runs. A query callback that destructures its result,
// `(err, { rows }) => …`, throws on entry whenever the query fails, whatever it checks after. Each invalid case sits
// beside its twin: a default for the pattern, the read under `&&` or `?:`, a task handing the client to a helper.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** A callback-style loader checking a client out and running `tasks` through `async.<method>`, releasing in the final callback. */
const loader = (method: string, tasks: string, final = "(err, results) => {\n      done();\n      cb(err, results);\n    }") => `const async = require("async");
function load(pool, sql, cb) {
  pool.connect((err, client, done) => {
    if (err) return cb(err);
    async.${method}([
${tasks}
    ], ${final});
  });
}`;

const ROWS = `      (next) => client.query(sql, (e, r) => next(e, r.rows)),`;
const COUNT = `      (next) => client.query("SELECT count(*) FROM t", (e, r) => next(e, r.rows[0].count)),`;
const DESTRUCTURED = `      function (next) {
        client.query(sql, function (err, { rows }) {
          if (err) return next(err);
          next(null, rows);
        });
      },`;

/** The newcomer's shape: the final callback passes the error on first, then releases. */
const NEWCOMER_FINAL = "(err) => {\n      if (err) return cb(err);\n      done();\n      cb(null);\n    }";

ruleTester.run("no-leaked-client: arrow tasks and destructured results in async task lists", rule, {
  valid: [
    {
      name: "the arrow task's query callback checks its error first",
      code: loader("series", "      (next) => client.query(sql, (e, r) => (e ? next(e) : next(null, r.rows))),"),
    },
    {
      name: "the read under `&&`: it may not run",
      code: loader("series", "      (next) => client.query(sql, (e, r) => next(e, r && r.rows)),"),
    },
    {
      name: "the read under `?:` of another condition",
      code: loader("series", "      (next) => client.query(sql, (e, r) => next(e, wantRows ? r.rows : null)),"),
    },
    {
      name: "the arrow task hands the client to a helper, not a query",
      code: loader("series", "      (next) => countRows(client, next),"),
    },
    {
      name: "the pattern has a default: an error leaves `rows` undefined, nothing throws",
      code: loader("series", DESTRUCTURED.replace("function (err, { rows })", "function (err, { rows } = {})")),
    },
    {
      name: "the result taken whole and checked",
      code: loader("parallel", DESTRUCTURED.replace("function (err, { rows })", "function (err, result)").replace("next(null, rows)", "next(null, result.rows)")),
    },
    {
      name: "a destructuring arrow task of a runner of another library",
      code: loader("series", "      (next) => client.query(sql, (e, { rows }) => next(e, rows)),").replace('const async = require("async");', "const async = { series(tasks, done) { done(null, []); } };"),
    },
  ],
  invalid: [
    {
      name: "the newcomer's async.series: arrow tasks reading `r.rows` before the error",
      code: loader("series", `${ROWS}\n${COUNT}`, NEWCOMER_FINAL),
      errors: [
        {
          messageId: "resultReadBeforeErrorCheck",
          data: { pool: "pool", result: "r", read: "r.rows", line: 6, done: "done", error: "e" },
          line: 3,
          column: 3,
          suggestions: [],
        },
      ],
    },
    {
      name: "async.parallelLimit with an arrow task reading `r.rows[0].count` (the message names `r.rows`, the read that throws)",
      code: loader("parallelLimit", COUNT, "2, (err, results) => {\n      done();\n      cb(err, results);\n    }"),
      errors: [
        {
          messageId: "resultReadBeforeErrorCheck",
          data: { pool: "pool", result: "r", read: "r.rows", line: 6, done: "done", error: "e" },
          line: 3,
          column: 3,
          suggestions: [],
        },
      ],
    },
    {
      name: "a task whose query callback destructures its result (`function (err, { rows })`)",
      code: loader("series", DESTRUCTURED),
      errors: [
        {
          messageId: "resultDestructuredOnError",
          data: { pool: "pool", read: "{ rows }", line: 7, done: "done", error: "err" },
          line: 3,
          column: 3,
          suggestions: [],
        },
      ],
    },
    {
      name: "an arrow waterfall task destructuring an array (`(e, [first]) => …`): the task's callback is its last parameter",
      code: loader("waterfall", `      (next) => client.query(sql, next),\n      (result, next) => client.query(sql, (e, [first]) => next(e, first)),`),
      errors: [
        {
          messageId: "resultDestructuredOnError",
          data: { pool: "pool", read: "[first]", line: 7, done: "done", error: "e" },
          line: 3,
          column: 3,
          suggestions: [],
        },
      ],
    },
    {
      name: "TypeScript: the destructured result annotated (`({ rows }: QueryResult)`), named without its annotation",
      code: loader(
        "parallel",
        "      (next: Next) => client.query(sql, (e: Error | null, { rows }: QueryResult) => next(e, rows)),",
        "(err: Error | null, results: unknown) => {\n      done();\n      cb(err, results);\n    }",
      ).replace("function load(pool, sql, cb)", "function load(pool: Pool, sql: string, cb: Callback)"),
      errors: [
        {
          messageId: "resultDestructuredOnError",
          data: { pool: "pool", read: "{ rows }", line: 6, done: "done", error: "e" },
          line: 3,
          column: 3,
          suggestions: [],
        },
      ],
    },
  ],
});
