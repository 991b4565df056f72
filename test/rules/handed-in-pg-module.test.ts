// pg 4's callback checkouts on a module handed in as a parameter (corpus: Chaotikum/icebox-service, whose server.js
// gives every controller factory the project's persistence module under the name `pg`): `pg.connect(function (err,
// client, done) {…})` is a checkout even when no release is in sight (legacy-module-pool.ts), and the ES5 error helper
// `var handleError = function (err, client, done, res) {…}` reads like its function-declaration twin
// (answering-helper-releases.ts). Each valid twin names the guard it stands for.
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import rule from "../../rules/no-leaked-client.js";
import plugin from "../../src/plugin.js";
import { ruleTester } from "../support/rule-tester.js";

/** drinks.destroy before its fix: the client only goes to the store's functions, and done is never named. */
const destroy = (factory = "pg, store", receiver = "pg", callback = "err, client, done") => `"use strict";
module.exports = function (${factory}) {
  return function destroy(req, res) {
    ${receiver}.connect(function (${callback}) {
      store.getDrinkByBarcode(client, req.params.barcode, function (drink) {
        store.deleteDrinkById(client, drink.id);
      });
      res.end();
    });
  };
};
`;

const HELPER = `var handleError = function (err, client, done, res) {
  if (!err) return false;
  if (client) {
    done(client);
  }
  res.writeHead(500);
  res.end("An error occurred");
  return true;
};`;

/** drinks.list before its fix: the connect error goes through the ES5 helper; the success path never calls done. */
const list = (helper = HELPER, receiver = "pg") => `"use strict";
${helper}
module.exports = function (${receiver}, store) {
  return function list(req, res) {
    ${receiver}.connect(function (err, client, done) {
      if (handleError(err, client, done, res)) return;
      store.getAllDrinksByPopularity(client, function (rows) {
        res.json(rows);
      });
    });
  };
};
`;

const never = { messageId: "neverReleased" as const, data: { pool: "pg" }, line: 4, column: 5, suggestions: [] };
const withoutDone = (pool = "pg") => ({
  messageId: "callbackPathWithoutDone" as const,
  data: { pool, where: "the end of the callback on line 18", done: "done" },
  line: 13,
  column: 5,
});

ruleTester.run("no-leaked-client: pg's callback checkout on a module handed in as `pg`", rule, {
  valid: [
    { name: "done is called on the success path", code: destroy().replace("res.end();", "done();\n      res.end();") },
    { name: "guard: a receiver of another name needs a release in sight", code: destroy("db, store", "db") },
    { name: "guard: a callback without pg's third parameter", code: destroy("pg, store", "pg", "err, client") },
    { name: "guard: a callback with a fourth parameter is not pg's", code: destroy("pg, store", "pg", "err, client, done, extra") },
    { name: "guard: a `pg` that is no parameter is read through its binding", code: destroy("store", "pg").replace('"use strict";', '"use strict";\nvar pg = makeBroker();') },
    { name: "guard: a `var` helper declared twice may be either function: done stays handed over", code: list(`${HELPER}\nvar handleError = function (err, client, done) {\n  setImmediate(done);\n  return false;\n};`, "db") },
    { name: "guard: a `var` helper reassigned later may be another one", code: list(`${HELPER}\nhandleError = require("./errors");`, "db") },
    { name: "the ES5 helper with done also on the success path", code: list().replace("res.json(rows);", "done();\n        res.json(rows);") },
  ],
  invalid: [
    { name: "icebox's drinks.destroy: done never named, the client only lent to the store", code: destroy(), errors: [never] },
    { name: "icebox's drinks.list: the ES5 helper releases only on an error", code: list(), errors: [withoutDone()] },
    { name: "the ES5 helper's own evidence, on a receiver of any name", code: list(HELPER, "db"), errors: [withoutDone("db")] },
  ],
});

describe("a handed-in pg module, linted by ESLint's default parser (espree)", () => {
  it("reports the plain JavaScript controllers as the TypeScript parser does", () => {
    const linter = new Linter();
    const lint = (code: string) =>
      linter
        .verify(code, [{ files: ["**/*.js"], plugins: { poolguard: plugin as unknown as NonNullable<Linter.Config["plugins"]>[string] }, rules: { "poolguard/no-leaked-client": "error" } }], { filename: "drinks.js" })
        .map((message) => `${message.line}:${message.column}:${message.messageId ?? message.message}`);
    expect(lint(destroy())).toEqual(["4:5:neverReleased"]);
    expect(lint(list())).toEqual(["13:5:callbackPathWithoutDone"]);
    expect(lint(destroy("db, store", "db"))).toEqual([]);
  });
});
