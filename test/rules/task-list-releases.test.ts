// no-leaked-client: a release that is a later task of an `async.series` / `async.waterfall` list. The library runs a
// task only when every task before it succeeded; the first error ends the list and goes to the final callback, so a
// client released only in a later task stays checked out when an earlier query fails (emerleite/node-database-
// cleaner's beforeEach: the CREATE and INSERT tasks, then `function (next) { release(); next(); }`). Each invalid case
// sits beside its twin: the release moved to the final callback, to the first task, or after tasks that do not touch
// the client.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** A mocha hook checking a client out and running `tasks`, then `final`, through `async.<method>`. */
const hook = (method: string, tasks: string, final = "done") => `var pg = require("pg");
var async = require("async");
beforeEach(function (done) {
  pg.connect("postgres://localhost/test", function (err, client, release) {
    if (err) return done(err);
    async.${method}([
${tasks}
    ], ${final});
  });
});`;

const QUERIES = `      function (next) { client.query("CREATE TABLE t (id int)", next); },
      function (next) { client.query("INSERT INTO t VALUES (1)", next); },`;
const RELEASE_TASK = `      function (next) { release(); next(); },`;

ruleTester.run("task list releases (no-leaked-client)", rule, {
  valid: [
    {
      name: "the final callback releases whatever the outcome",
      code: hook("series", QUERIES, "function (err) { release(); done(err); }"),
    },
    {
      name: "the release is the first task: nothing runs before it",
      code: hook("series", `${RELEASE_TASK}\n      function (next) { setTimeout(next, 10); },`),
    },
    {
      name: "the tasks before the release do not use the client",
      code: hook("series", `      function (next) { setTimeout(next, 10); },\n${RELEASE_TASK}`),
    },
    {
      name: "a list of another library is not judged",
      code: `var pg = require("pg");
var steps = require("./steps");
pg.connect(function (err, client, release) {
  if (err) throw err;
  steps.series([
    function (next) { client.query("SELECT 1", next); },
    function (next) { release(); next(); },
  ], function () {});
});`,
    },
  ],
  invalid: [
    {
      name: "emerleite's beforeEach: the release is the last task of async.series",
      code: hook("series", `${QUERIES}\n${RELEASE_TASK}`),
      errors: [
        {
          messageId: "releasedOnlyInLaterTask",
          data: { pool: "pg", method: "series", line: 6, failingLine: 7 },
          line: 4,
          column: 3,
          suggestions: [],
        },
      ],
    },
    {
      name: "a waterfall whose later task releases",
      code: hook("waterfall", `      function (next) { client.query("SELECT 1", next); },\n      function (result, next) { release(); next(null, result.rows); },`),
      errors: [
        {
          messageId: "releasedOnlyInLaterTask",
          data: { pool: "pg", method: "waterfall", line: 6, failingLine: 7 },
          line: 4,
          column: 3,
          suggestions: [],
        },
      ],
    },
    {
      name: "tasks made by a call given the client (a curried query), then the release",
      code: `var pg = require("pg");
var async = require("async");
var _ = require("lodash");
var queryClient = _.curry(function (client, sql, values, next) { client.query(sql, values, next); });
function seed(done) {
  pg.connect(function (err, client, release) {
    if (err) return done(err);
    async.series([
      queryClient(client, "CREATE SCHEMA s", []),
      function (next) { release(); next(); },
    ], done);
  });
}`,
      errors: [
        {
          messageId: "releasedOnlyInLaterTask",
          data: { pool: "pg", method: "series", line: 8, failingLine: 9 },
          line: 6,
          column: 3,
          suggestions: [],
        },
      ],
    },
  ],
});
