// The file's own error helper given pg's `done` (cuivienor/mnk-multiplayer's db/pg.js): `function handleError(err,
// client, done) { if (!err) return false; if (client) done(client); …; return true; }`, then `if (handleError(err,
// client, done)) return;`. Passing `done` to a call hands the release over, but this helper calls it only on paths
// that answer true: the branch where it answers false still holds the client. Any other helper shape stays a
// hand-over. Each valid twin names the guard it stands for.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { HELPER, populate } from "./reading-shapes/helper-shapes.js";

const LEAKING = `    if (handleError(err, client, done)) return;
    client.query("SELECT url FROM challenges", function (err, result) {
      result.rows.forEach(function (row) {
        addGame(row.url);
      });
    });
`;

const leakingWith = (helper: string) => populate(LEAKING, helper);

// The helper given a failed query's error, its caller releasing on the false branch: only the true answers matter.
const QUERYING = `    if (err) return console.error(err);
    client.query("SELECT url FROM challenges", function (err, result) {
      if (handleError(err, client, done)) return;
      done();
      addGame(result);
    });
`;
const queryingWith = (helper: string) => populate(QUERYING, helper);
/** HELPER with `line` put before its `if (client)` release. */
const beforeRelease = (line: string) => HELPER.replace("  if (client) {\n", `${line}  if (client) {\n`);

ruleTester.run("no-leaked-client: the file's own helper that calls done only when it answers true", rule, {
  valid: [
    {
      name: "the success path calls done() itself",
      code: populate(LEAKING.replace("    client.query(", "    client.query(").replace("function (err, result) {\n", "function (err, result) {\n      done();\n")),
    },
    {
      name: "the negated test: the branch where it answers false releases by hand",
      code: populate(`    if (!handleError(err, client, done)) {\n      client.query("SELECT 1", function () {\n        done();\n      });\n    }\n`),
    },
    {
      name: "a falsy answer after done(): the helper may have released, so it stays a hand-over",
      code: leakingWith(HELPER.replace("    done(client);\n", "    done(client);\n    return false;\n")),
    },
    {
      name: "a helper that falls off its end after done() answers undefined: a hand-over",
      code: leakingWith(HELPER.replace("  return true;\n", "")),
    },
    {
      name: "a helper that passes done on (not a direct call): a hand-over",
      code: leakingWith(HELPER.replace("    done(client);\n", "    setImmediate(done);\n")),
    },
    {
      name: "a helper that calls done in a nested function, which may run later: a hand-over",
      code: leakingWith(HELPER.replace("    done(client);\n", "    setImmediate(function () {\n      done();\n    });\n")),
    },
    {
      name: "an async helper answers a promise, always truthy: a hand-over",
      code: leakingWith(`async ${HELPER}`),
    },
    {
      name: "a generator helper runs nothing at the call: a hand-over",
      code: leakingWith(HELPER.replace("function handleError", "function* handleError")),
    },
    {
      name: "a helper reassigned elsewhere may be another function: a hand-over",
      code: leakingWith(`${HELPER}handleError = require("./errors").handleError;\n`),
    },
    {
      name: "a spread before done leaves its parameter unknown: a hand-over",
      code: populate(
        LEAKING.replace("handleError(err, client, done)", "handleError(...[err, null], done)"),
        "function handleError(err, done) {\n  if (!err) return false;\n  done();\n  return true;\n}\n",
      ),
    },
    {
      name: "a helper that calls done through arguments on the false path releases there too: a hand-over",
      code: populate(
        LEAKING,
        "function handleError(err, client, done) {\n  if (!err) {\n    arguments[2]();\n    return false;\n  }\n  done(client);\n  return true;\n}\n",
      ),
    },
    {
      name: "a default parameter that calls done runs before the body, whatever it answers: a hand-over",
      code: populate(
        LEAKING,
        "function handleError(err, client, done, _ = err ? 0 : done()) {\n  if (!err) return false;\n  done(client);\n  return true;\n}\n",
      ),
    },
    {
      name: "a helper that releases the client it is given on the false path: a hand-over",
      code: leakingWith(HELPER.replace("  if (!err) return false;\n", "  if (!err) {\n    client.release();\n    return false;\n  }\n")),
    },
    {
      name: "a helper that passes the client it is given on: a hand-over",
      code: leakingWith(HELPER.replace("  if (!err) return false;\n", "  if (!err) {\n    cleanup(client);\n    return false;\n  }\n")),
    },
    {
      name: "the client given in an expression (`client || null`), which the helper may release on the false path: a hand-over",
      code: populate(
        LEAKING.replace("handleError(err, client, done)", "handleError(err, client || null, done)"),
        "function handleError(err, held, done) {\n  if (!err) {\n    held.release();\n    return false;\n  }\n  done();\n  return true;\n}\n",
      ),
    },
    {
      name: "a helper that never answers falsy leaves no branch holding the client: a hand-over",
      code: leakingWith("function handleError(err, client, done) {\n  done(err);\n  return true;\n}\n"),
    },
    {
      name: "a helper whose only other way out is a labelled break to a truthy answer never answers falsy: a hand-over",
      code: leakingWith("function handleError(err, client, done) {\n  out: {\n    if (!err) break out;\n    done(client);\n    return true;\n  }\n  return 1;\n}\n"),
    },
    {
      name: "a falsy answer only in a nested function is not the helper's: it never answers falsy, a hand-over",
      code: leakingWith(HELPER.replace("  if (!err) return false;\n", "  var never = function () {\n    return false;\n  };\n")),
    },
    {
      name: "true answers (a failed query's error): done is called on every path that answers true",
      code: queryingWith(HELPER),
    },
    {
      name: "the false branch releasing: a true answer before done() where the client test finds none (`if (!client) return true;`) holds nothing",
      code: queryingWith(beforeRelease("  if (!client) return true;\n")),
    },
    {
      name: "a true answer under another test of the client (`client == null`) may hold nothing: not known, a hand-over",
      code: queryingWith(beforeRelease("  if (client == null) return true;\n")),
    },
    {
      name: "done() inside a try, a statement not followed: not known whether a true answer holds the client, a hand-over",
      code: queryingWith(HELPER.replace("  if (client) {\n    done(client);\n  }\n", "  try {\n    done(client);\n  } catch (e) {}\n")),
    },
    {
      // review-c: a side that throws gives no answer and goes on nowhere, so it has no say in what holds after its `if`.
      name: "done() on one side of an `if` whose other side throws, then a true answer: every true answer released",
      code: queryingWith(HELPER.replace("  if (client) {\n    done(client);\n  }\n", "  if (err.retryable) {\n    done(client);\n  } else {\n    throw err;\n  }\n")),
    },
    {
      name: "the call not used as a test: done is handed over",
      code: populate(LEAKING.replace("    if (handleError(err, client, done)) return;\n", "    handleError(err, client, done);\n")),
    },
  ],
  invalid: [
    {
      name: "a true answer before done(): the caller's return on true keeps the client on that path",
      code: queryingWith(beforeRelease('  if (err.code === "57P01") return true;\n')),
      errors: [{ messageId: "callbackPathWithoutDone", data: { pool: "pg", where: "the `return` on line 15", done: "done" }, line: 12, column: 3, suggestions: [] }],
    },
    {
      name: "done() under a test of the error (`if (err.fatal)`), then a true answer: a true answer may hold the client",
      code: queryingWith(HELPER.replace("  if (client) {\n", "  if (err.fatal) {\n")),
      errors: [{ messageId: "callbackPathWithoutDone", data: { pool: "pg", where: "the `return` on line 14", done: "done" }, line: 11, column: 3, suggestions: [] }],
    },
    {
      name: "a true answer before done() where the client test finds none (`if (!client) return true;`) still reads as released: the false branch leaks",
      code: leakingWith(beforeRelease("  if (!client) return true;\n")),
      errors: [{ messageId: "callbackPathWithoutDone", data: { pool: "pg", where: "the end of the callback on line 19", done: "done" }, line: 12, column: 3, suggestions: [] }],
    },
    {
      name: "the success path never calls done() (cuivienor/mnk-multiplayer's populateGames)",
      code: populate(LEAKING),
      errors: [{ messageId: "callbackPathWithoutDone", line: 11, column: 3, suggestions: [] }],
    },
    {
      name: "a const arrow helper that answers 1 after done()",
      code: leakingWith(
        "const handleError = (err, client, done) => {\n  if (!err) return false;\n  done(client);\n  return 1;\n};\n",
      ),
      errors: [{ messageId: "callbackPathWithoutDone", line: 8, column: 3, suggestions: [] }],
    },
    {
      name: "a falsy answer in a nested function after done() is not the helper's: the false branch still holds the client",
      code: leakingWith(HELPER.replace("    done(client);\n", "    done(client);\n    [err].filter(function () {\n      return false;\n    });\n")),
      errors: [{ messageId: "callbackPathWithoutDone", line: 14, column: 3, suggestions: [] }],
    },
  ],
});
