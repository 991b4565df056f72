// The error helper of answering-helper-releases.test.ts exported by a local module (Chaotikum/icebox-service's
// app/controllers/utils.js): `if (utils.handleError(err, client, done, res)) return;` in a controller whose `pg` is the
// project's persistence module, handed to the controller factory as a parameter. The helper calls `done(client)` only
// on the branch where it answers true, so the false branch still holds the client; and calling the callback's `done`
// through it is, like calling it, what says the receiver's connect is a pool's. Each valid twin names the guard
// (imported-answering-helpers.ts, acquisition.ts) it stands for.
import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { utimesSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import rule from "../../rules/no-leaked-client.js";
import { modulePoolStats } from "../../src/analysis/pools/module-pools.js";
import plugin from "../../src/plugin.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-imported-answering-helpers-");

const HELPER_BODY = `(err, client, done, res) {\n  if (!err) return false;\n  if (client) done(client);\n  res.writeHead(500);\n  res.end("An error occurred");\n  return true;\n}`;
const EXPORTED = `exports.handleError = function ${HELPER_BODY};\n`;

write("exported/utils.js", EXPORTED);
write("shorthand/utils.js", `function handleError${HELPER_BODY}\nmodule.exports = { handleError };\n`);
write("esm/utils.js", `export function handleError${HELPER_BODY}\n`);
// Guards: an export written twice may be either function; `module.exports = {…}` replaces the object `exports.f`
// wrote to; a top-level function the module reassigns may be another one; a helper passing done on is a hand-over.
write("twice/utils.js", `${EXPORTED}exports.handleError = function (err) {\n  return Boolean(err);\n};\n`);
write("replaced/utils.js", `${EXPORTED}module.exports = { other: function () {} };\n`);
write("reassigned/utils.js", `function handleError${HELPER_BODY}\nhandleError = require("./other").handleError;\nmodule.exports = { handleError };\n`);
write("passed-on/utils.js", EXPORTED.replace("if (client) done(client);", "if (client) setImmediate(done);"));

const at = (dir: string) => path.join(root, dir, "entry.js");

/** The controller: the store's callback never calls done(), so the branch where the helper answers false leaks. */
const controller = (importLine: string, call: string) => `"use strict";
${importLine}
module.exports = function (pg, store) {
  return function undo(id, res) {
    pg.connect(function (err, client, done) {
      if (${call}(err, client, done, res)) return;
      store.remove(client, id, function () {
        res.status(201);
      });
    });
  };
};
`;
const code = controller(`var utils = require("./utils");`, "utils.handleError");
const esm = controller(`import { handleError } from "./utils";`, "handleError");
/** The same with the file's own helper: only the helper's call says `pg.connect` is a pool's (acquisition.ts). */
const ownHelper = `"use strict";
function handleError${HELPER_BODY}
module.exports = function (pg, store) {
  return function undo(id, res) {
    pg.connect(function (err, client, done) {
      if (handleError(err, client, done, res)) return;
      store.remove(client, id, function () {
        res.status(201);
      });
    });
  };
};
`;
const withoutDone = (line: number, column: number, end = 10) => ({
  messageId: "callbackPathWithoutDone" as const,
  data: { pool: "pg", where: `the end of the callback on line ${end}`, done: "done" },
  line,
  column,
});

ruleTester.run("no-leaked-client: an error helper a local module exports, given done", rule, {
  valid: [
    { name: "the success path calls done() itself", code: code.replace("res.status(201);", "done();\n        res.status(201);"), filename: at("exported") },
    { name: "an export written twice may be either function: done stays handed over", code, filename: at("twice") },
    { name: "module.exports = {…} replaces the object exports.handleError wrote to: a hand-over", code, filename: at("replaced") },
    { name: "a top-level function the module reassigns may be another one: a hand-over", code, filename: at("reassigned") },
    { name: "a helper that passes done on (not a direct call): a hand-over", code, filename: at("passed-on") },
  ],
  invalid: [
    { name: "icebox's `exports.handleError = function …` required as ./utils", code, filename: at("exported"), errors: [withoutDone(5, 5)] },
    { name: "a top-level function exported in `module.exports = { handleError }`", code, filename: at("shorthand"), errors: [withoutDone(5, 5)] },
    { name: "`export function handleError` imported by name", code: esm, filename: at("esm"), errors: [withoutDone(5, 5)] },
    { name: "the file's own helper on a receiver only the release shows to be a pool", code: ownHelper, filename: at("own"), errors: [withoutDone(11, 5, 16)] },
  ],
});

/** "line:messageId" of no-leaked-client's findings when `code` is linted as `filename`. */
function findings(code: string, filename: string, parser: "typescript" | "espree" = "typescript"): string[] {
  const linter = new Linter({ cwd: root });
  const messages = linter.verify(
    code,
    [{ files: ["**/*.js"], languageOptions: parser === "typescript" ? { parser: tsParser } : {}, plugins: { poolguard: plugin as unknown as NonNullable<Linter.Config["plugins"]>[string] }, rules: { "poolguard/no-leaked-client": "error" } }],
    { filename },
  );
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  return messages.map((message) => `${message.line}:${message.messageId}`);
}

describe("the helper's module, read once while it is unchanged", () => {
  it("parses the module once for repeated lints, and again once it changes on disk", () => {
    write("cached/utils.js", EXPORTED);
    const before = modulePoolStats().reads;
    expect(findings(code, at("cached"))).toEqual(["5:callbackPathWithoutDone"]);
    const first = modulePoolStats().reads - before;
    expect(first).toBeGreaterThan(0);
    expect(findings(code, at("cached"))).toEqual(["5:callbackPathWithoutDone"]);
    expect(modulePoolStats().reads - before).toBe(first);

    // Now the helper passes done on: a hand-over, so the controller is silent.
    write("cached/utils.js", EXPORTED.replace("if (client) done(client);", "if (client) setImmediate(done);"));
    const later = new Date(Date.now() + 5000);
    utimesSync(path.join(root, "cached/utils.js"), later, later);
    expect(findings(code, at("cached"))).toEqual([]);
    expect(modulePoolStats().reads - before).toBeGreaterThan(first);
  });

  it("reads a module again for another parser: one espree cannot read may be TypeScript's", () => {
    write("typed/utils.js", EXPORTED.replace("(err, client, done, res)", "(err: Error | null, client: unknown, done: (c?: unknown) => void, res: any)"));
    expect(findings(code, at("typed"), "espree")).toEqual([]);
    expect(findings(code, at("typed"))).toEqual(["5:callbackPathWithoutDone"]);
  });

  it("reads a helper module of plain JavaScript under ESLint's default parser (espree), classes beside it", () => {
    write("espree/utils.js", `${EXPORTED}class Store {\n  constructor(pool) {\n    this.pool = pool;\n  }\n  remove(id, done = () => {}) {\n    done(id);\n  }\n}\nexports.Store = Store;\n`);
    expect(findings(code, at("espree"), "espree")).toEqual(["5:callbackPathWithoutDone"]);
    expect(findings(esm, at("esm"), "espree")).toEqual(["5:callbackPathWithoutDone"]);
  });
});
