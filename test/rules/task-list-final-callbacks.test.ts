// no-leaked-client: a release in the final callback of an `async.parallel` / `series` / `waterfall` call, skipped when
// a task throws before calling back (gaps-32a, from JoshuaPoulin/together's GET /meetups): the final callback runs only
// once every task has called back, and a task whose query callback reads the result before its error —
// `client.query(sql, (err, result) => cb(err, result.rows))` — throws there when the query fails (pg calls back with the
// error alone), so the task never calls back and `done()` never runs. Each invalid case sits beside its twin: the error
// checked first, the task calling back before the read, the read under a branch, a runner of another library, a
// release outside the final callback.
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../src/plugin.js";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** A route checking a legacy `pg.connect` client out and running `tasks` through `async.<method>`, releasing in the final callback. */
const route = (method: string, tasks: string, library = "async") => `var pg = require("pg");
var ${library} = require("async");
router.get("/meetups", function (req, res) {
  pg.connect(conString, function (err, client, done) {
    ${library}.${method}(${tasks}, function (err, results) {
      done();
      res.json(results);
    });
  });
});`;

const unchecked = (next = "cb") => `function (${next}) {
      client.query("SELECT * FROM meetups", function (err, result) {
        if (err) console.log("query failed", err);
        ${next}(err, result.rows);
      });
    }`;
const checked = `function (cb) {
      client.query("SELECT * FROM attendees", function (err, result) {
        if (err) return cb(err);
        cb(null, result.rows);
      });
    }`;

const meetups = route("parallel", `[\n    ${unchecked()},\n    ${checked},\n  ]`);

ruleTester.run("no-leaked-client: a task that throws before calling back skips the final callback's release", rule, {
  valid: [
    { name: "every task checks its query's error first", code: route("parallel", `[\n    ${checked},\n    ${checked},\n  ]`) },
    {
      name: "the task calls back with the error before the read",
      code: route(
        "parallel",
        `[function (cb) {
      client.query("SELECT 1", function (err, result) {
        if (err) cb(err);
        cb(null, result.rows);
      });
    }]`,
      ),
    },
    {
      name: "the read under a branch of its own",
      code: route(
        "parallel",
        `[function (cb) {
      client.query("SELECT 1", function (err, result) {
        if (req.query.full) console.log(result.rows);
        cb(err);
      });
    }]`,
      ),
    },
    {
      name: "the task may call back before its query",
      code: route("parallel", `[function (cb) {\n      if (req.query.skip) return cb();\n      client.query("SELECT 1", function (err, result) { cb(err, result.rows); });\n    }]`),
    },
    { name: "a runner of another library", code: route("parallel", `[\n    ${unchecked()},\n  ]`, "steps") },
    {
      name: "a release outside the final callback too",
      code: route("parallel", `[\n    ${unchecked()},\n  ]`).replace('res.json(results);\n    });', "res.json(results);\n    });\n    req.on(\"close\", done);"),
    },
  ],
  invalid: [
    {
      name: "JoshuaPoulin/together's meet-ups: async.parallel, the first task reads `result.rows` before its error",
      code: meetups,
      errors: [
        {
          messageId: "resultReadBeforeErrorCheck",
          data: { pool: "pg", result: "result", read: "result.rows", line: 9, done: "done", error: "err" },
          line: 4,
          column: 3,
          suggestions: [],
        },
      ],
    },
    {
      name: "async.series with the tasks in an object",
      code: route("series", `{\n    meetups: ${unchecked()},\n  }`),
      errors: [{ messageId: "resultReadBeforeErrorCheck", data: { pool: "pg", result: "result", read: "result.rows", line: 9, done: "done", error: "err" }, line: 4, column: 3, suggestions: [] }],
    },
    {
      name: "the query after a statement of the task",
      code: route("parallel", `[function (cb) {\n      var started = Date.now();\n      client.query("SELECT 1", function (err, result) { cb(err, result.rows); });\n    }]`),
      errors: [{ messageId: "resultReadBeforeErrorCheck", data: { pool: "pg", result: "result", read: "result.rows", line: 7, done: "done", error: "err" }, line: 4, column: 3, suggestions: [] }],
    },
    {
      name: "async.waterfall: the task's callback is its last parameter",
      code: route("waterfall", `[\n    ${checked},\n    ${unchecked("next").replace("function (next)", "function (rows, next)")},\n  ]`),
      errors: [{ messageId: "resultReadBeforeErrorCheck", data: { pool: "pg", result: "result", read: "result.rows", line: 15, done: "done", error: "err" }, line: 4, column: 3, suggestions: [] }],
    },
  ],
});

describe("under ESLint's default parser", () => {
  it("reports the meet-ups route in a .js file read by espree, and not its checked twin", () => {
    const linter = new Linter();
    const config: Linter.Config[] = [
      { files: ["**/*.js"], plugins: { poolguard: plugin as unknown as NonNullable<Linter.Config["plugins"]>[string] }, rules: { "poolguard/no-leaked-client": "error" } },
    ];
    const lint = (code: string) =>
      linter.verify(code, config, { filename: "routes.js" }).map((message) => `${message.line}:${message.column}:${message.messageId}`);
    expect(lint(meetups)).toEqual(["4:3:resultReadBeforeErrorCheck"]);
    expect(lint(route("parallel", `[\n    ${checked},\n  ]`))).toEqual([]);
  });
});
