// The callback of a callback-style query that a release overtakes (src/analysis/unawaited/overtaken-callbacks.ts):
// `client.query(sql, cb); release();` — pg calls back on a later tick, so the callback runs with the client back in
// the pool, and what it does with the client is use after release (no-use-after-release), not work the release
// might still overtake (no-unawaited-client-work names only the query the release overtakes). Reduced from
// daxherrera/callscreenerbot's `!q` handler (test/realworld/cases/apps/daxherrera-callscreenerbot-queue-query-in-
// callback.js). Each invalid case sits next to the valid twin it differs from.
import afterRelease from "../../rules/no-use-after-release.js";
import unawaitedWork from "../../rules/no-unawaited-client-work.js";
import { ruleTester } from "../support/rule-tester.js";

/** A callback-style checkout that sends a SELECT whose callback holds `inner`, then runs `after`. */
const queued = (inner: string, after: string) => `const { Pool } = require("pg");
const pool = new Pool();
function queue(guild, call) {
  pool.connect((err, client, release) => {
    if (err) return console.error(err);
    client.query("SELECT data FROM lists WHERE guild = $1", [guild], (err, result) => {
      if (err) return console.error(err);
      ${inner}
    });
    ${after}
  });
}`;

const INSERT = 'client.query("INSERT INTO lists (guild, data) VALUES ($1, $2)", [guild, call]);';
const INSERT_THEN_RELEASE = 'client.query("INSERT INTO lists (guild, data) VALUES ($1, $2)", [guild, call], (err) => release(err));';

const FINISH = "function finish(result) {\n      release();\n      console.log(result.rows);\n    }";
const EARLY_OR_FINISH = "if (!result.rows.length) return release();\n      finish(result);";

/** Two queries: the first one's callback releases, the second one's callback sends a third query. */
const releasedByFirst = (second: string) => `const { Pool } = require("pg");
const pool = new Pool();
function count(guild) {
  pool.connect((err, client, done) => {
    if (err) return console.error(err);
    client.query("UPDATE lists SET n = n + 1", (err) => {
      done(err);
    });
    client.query("SELECT data FROM lists WHERE guild = $1", [guild], (err, result) => {
      ${second}
    });
  });
}`;

const overtaken = (line: number, column: number, queryLine: number, releaseLine: number) => ({
  messageId: "usedInOvertakenCallback" as const,
  data: { client: "client", query: "client.query(…)", queryLine, line: releaseLine },
  line,
  column,
});

ruleTester.run("no-use-after-release: the callback of a query a release overtakes", afterRelease, {
  valid: [
    { name: "the callback sends its INSERT and releases after it", code: queued(INSERT_THEN_RELEASE, "") },
    { name: "an await between the query and the release: the callback may have run", code: queued(INSERT, "await pause;\n    release();").replace("(err, client, release) =>", "async (err, client, release) =>") },
    { name: "the second query's callback uses no client", code: releasedByFirst("console.log(result.rows);") },
    { name: "the release after the SELECT runs only under a test: not read (as before)", code: queued(INSERT, "if (guild === undefined) release();") },
    {
      name: "the earlier query's callback releases only when it failed: not read (as before)",
      code: releasedByFirst('if (!err) client.query("INSERT INTO log (guild) VALUES ($1)", [guild]);').replace("      done(err);", "      if (err) done(err);"),
    },
    {
      name: "the release after the SELECT is in a function declared there, which runs only when the callback calls it",
      code: queued(EARLY_OR_FINISH, FINISH),
    },
  ],
  invalid: [
    {
      name: "the callback sends its INSERT after the release that followed the SELECT (callscreenerbot's !q)",
      code: queued(INSERT, "release();"),
      errors: [overtaken(8, 7, 6, 10)],
    },
    {
      name: "the callback releases again after the release that followed the SELECT",
      code: queued("release(err);", "release();"),
      errors: [{ messageId: "doubleRelease", data: { client: "release", line: 10 }, line: 8, column: 7 }],
    },
    {
      name: "a function declared between the SELECT and the release runs nothing: the release still overtakes the callback",
      code: queued("release(err);", "function log() {}\n    release();"),
      errors: [{ messageId: "doubleRelease", data: { client: "release", line: 11 }, line: 8, column: 7 }],
    },
    {
      name: "an earlier query's callback released before the later query calls back",
      code: releasedByFirst('if (!err) client.query("INSERT INTO log (guild) VALUES ($1)", [guild]);'),
      errors: [overtaken(10, 17, 9, 7)],
    },
  ],
});

ruleTester.run("no-unawaited-client-work: the callback of a query a release overtakes", unawaitedWork, {
  valid: [
    { name: "the callback sends its INSERT and releases after it", code: queued(INSERT_THEN_RELEASE, "") },
    {
      name: "the release after the SELECT is in a function declared there, which runs only when the callback calls it",
      code: queued(EARLY_OR_FINISH, FINISH),
    },
  ],
  invalid: [
    {
      name: "only the overtaken SELECT is reported, not the INSERT its callback sends after the release",
      code: queued(INSERT, "release();"),
      errors: [
        {
          messageId: "releasedWhileRunning",
          data: { work: "client.query(…)", client: "client", releaseLine: "10" },
          line: 6,
          column: 5,
          suggestions: [],
        },
      ],
    },
    {
      name: "a function declared between the SELECT and the release runs nothing: the SELECT is still overtaken",
      code: queued("console.log(result.rows);", "function log() {}\n    release();"),
      errors: [
        {
          messageId: "releasedWhileRunning",
          data: { work: "client.query(…)", client: "client", releaseLine: "11" },
          line: 6,
          column: 5,
          suggestions: [],
        },
      ],
    },
    {
      name: "the INSERT sent before the callback's own release is reported unawaited",
      code: queued(`${INSERT}\n      release();`, ""),
      errors: [
        {
          messageId: "unawaited",
          data: { work: "client.query(…)", client: "client" },
          line: 8,
          column: 7,
          suggestions: [],
        },
      ],
    },
  ],
});
