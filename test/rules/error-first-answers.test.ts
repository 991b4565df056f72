// The error helper `if (!err) return false; …; return true;` as an error check in a query callback (corpus:
// cuivienor/mnk-multiplayer's getGame, Chaotikum/icebox-service's controllers): `if (handleError(err, client, done))
// return;` leaves the callback on every error, so reading the result after it reads no failed call's result
// (error-first-answers.ts, read by callback-throws.ts through closure-releases.ts' answersWhetherSet). Each invalid
// twin is a helper that may answer falsy on an error, and names the guard it stands for.
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import rule from "../../rules/no-leaked-client.js";
import plugin from "../../src/plugin.js";
import { ruleTester } from "../support/rule-tester.js";

const HELPER = `function handleError(err, client, done) {
  if (!err) return false;
  if (client) done(client);
  return true;
}`;

/** A helper given no release: the caller gives the client back itself before leaving. */
const FAILED = (body: string) => `${HELPER}\nfunction failed(err, res) {\n${body}\n}`;
const LEAVE = "{\n        done();\n        return;\n      }";

/** getGame: the helper checks both errors, then the rows are read and done() called. */
const getGame = (helper = HELPER, check = "handleError(err, client, done)", exit = "return;") => `var pg = require("pg");
${helper}
exports.getGame = function (url, res) {
  pg.connect(function (err, client, done) {
    if (handleError(err, client, done)) return;
    client.query("SELECT spec FROM games WHERE url = $1", [url], function (err, result) {
      if (${check}) ${exit}
      res.send(result.rows);
      done();
    });
  });
};
`;

const resultRead = (line: number, read: number) => ({
  messageId: "resultReadBeforeErrorCheck" as const,
  data: { pool: "pg", result: "result", read: "result.rows", line: String(read), done: "done", error: "err" },
  line,
  column: 3,
});

ruleTester.run("no-leaked-client: an error helper that answers true on every error", rule, {
  valid: [
    { name: "getGame: `if (handleError(err, client, done)) return;` before the rows are read", code: getGame() },
    { name: "the ES5 spelling `var handleError = function …`", code: getGame(`var handleError = ${HELPER.replace("function handleError", "function ")};`) },
    {
      name: "a helper given no release, its answers after the test all truthy",
      code: getGame(FAILED("  if (!err) return false;\n  res.status(500).end();\n  return true;"), "failed(err, res)", LEAVE),
    },
  ],
  invalid: [
    {
      name: "guard: a falsy answer after the test (an error it lets through)",
      code: getGame(HELPER.replace("if (client)", 'if (err.code === "57014") return false;\n  if (client)')),
      errors: [resultRead(9, 13)],
    },
    {
      name: "guard: a helper that falls off its end answers undefined on an error",
      code: getGame(FAILED("  if (!err) return false;\n  res.status(500).end();"), "failed(err, res)", LEAVE),
      errors: [resultRead(12, 19)],
    },
    {
      name: "guard: a test with an `else` may answer falsy on an error there",
      code: getGame(FAILED('  if (!err) return false;\n  else if (err.code === "57014") return false;\n  res.status(500).end();\n  return true;'), "failed(err, res)", LEAVE),
      errors: [resultRead(14, 21)],
    },
    {
      name: "guard: a first test of something else than the error is an answer like any other",
      code: getGame(FAILED("  if (!res) return false;\n  return true;"), "failed(err, res)", LEAVE),
      errors: [resultRead(12, 19)],
    },
  ],
});

describe("the error-first helper, linted by ESLint's default parser (espree)", () => {
  it("reads the plain JavaScript route as the TypeScript parser does", () => {
    const linter = new Linter();
    const lint = (code: string) =>
      linter
        .verify(code, [{ files: ["**/*.js"], plugins: { poolguard: plugin as unknown as NonNullable<Linter.Config["plugins"]>[string] }, rules: { "poolguard/no-leaked-client": "error" } }], { filename: "games.js" })
        .map((message) => `${message.line}:${message.column}:${message.messageId ?? message.message}`);
    expect(lint(getGame())).toEqual([]);
    expect(lint(getGame(FAILED("  if (!err) return false;\n  res.status(500).end();"), "failed(err, res)", LEAVE))).toEqual(["12:3:resultReadBeforeErrorCheck"]);
  });
});
