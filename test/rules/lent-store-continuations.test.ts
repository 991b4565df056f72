// no-unawaited-client-work, kind "releasedWhileRunning", for a call that lends the client to a store the function is
// handed as a parameter, with a continuation as its last argument (Chaotikum/icebox-service's controllers:
// `store.getDrinkByBarcode(client, barcode, function (drink) {…}); done();`): the store answers through the
// continuation after the query it sends on the client, so `done()` in the same synchronous run gives the client back
// with that query running (callback-query-helpers.ts' continuesOnLentClient). Each valid twin names its guard.
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import rule from "../../rules/no-unawaited-client-work.js";
import plugin from "../../src/plugin.js";
import { ruleTester } from "../support/rule-tester.js";

/** drinks.destroy as its fix left it: done() next to res.end(), after the lookup is only started. */
const destroy = (lookup = "store.getDrinkByBarcode(client, barcode, function (drink) {\n        store.deleteDrinkById(client, drink.id);\n      });", factory = "pg, store") => `"use strict";
module.exports = function (${factory}) {
  return function destroy(req, res) {
    var barcode = req.params.barcode;
    pg.connect(function (err, client, done) {
      ${lookup}
      done();
      res.end();
    });
  };
};
`;

/** getConsumptionRecordsForUser: the caller's callback is the continuation. */
const records = `"use strict";
module.exports = function (pg, consumptionStore) {
  return function getConsumptionRecordsForUser(username, callback) {
    pg.connect(function (err, client, done) {
      if (err) return callback(err);
      consumptionStore.getConsumptionRecordsForUser(client, username, callback);
      done();
    });
  };
};
`;

const running = (work: string, line: number, releaseLine: number) => ({
  messageId: "releasedWhileRunning" as const,
  data: { work, client: "client", releaseLine: String(releaseLine) },
  line,
  column: 7,
});

ruleTester.run("no-unawaited-client-work (a store handed in as a parameter, lent the client with a continuation)", rule, {
  valid: [
    { name: "done() in the continuation", code: destroy("store.getDrinkByBarcode(client, barcode, function (drink) {\n        done();\n      });").replace("      done();\n      res.end();", "      res.end();") },
    { name: "guard: no continuation last (the call may be synchronous)", code: destroy("store.forget(client, barcode);") },
    { name: "the client given last: no continuation", code: destroy("store.watch(function () {}, client);") },
    { name: "guard: a last argument that is no callback (`res`)", code: destroy("store.write(client, barcode, res);") },
    { name: "guard: a store the file makes (read, or a library that may call back at once)", code: destroy(undefined, "pg").replace('"use strict";', '"use strict";\nvar store = makeStore();') },
    // Adversarial shapes (fa-32): the continuation releases, or nothing releases in the same synchronous run.
    {
      name: "the continuation releases, and the other branch releases without lending",
      code: destroy("if (barcode) {\n        store.getDrinkByBarcode(client, barcode, function () {\n          done();\n        });\n      } else {\n        done();\n      }").replace("      done();\n      res.end();", "      res.end();"),
    },
    { name: "the continuation is the release itself (`done`)", code: destroy("store.getDrinkByBarcode(client, barcode, done);").replace("      done();\n      res.end();", "      res.end();") },
    {
      name: "the lending call returned, its continuation releasing: the release after is on the other path",
      code: destroy("if (barcode) return store.getDrinkByBarcode(client, barcode, function () {\n        done();\n      });"),
    },
    { name: "guard: the client inside an object literal is not lent as an argument", code: destroy("store.getDrink({ client: client, barcode: barcode }, function () {});") },
    { name: "guard: a member chain rooted in a name the file makes", code: destroy("deps.store.getDrinkByBarcode(client, barcode, function () {});", "pg").replace('"use strict";', '"use strict";\nvar deps = makeDeps();') },
    {
      name: "guard: an awaited lending call finishes before the release",
      code: `module.exports = function (pool, store) {\n  return async function destroy(barcode) {\n    const client = await pool.connect();\n    await store.getDrinkByBarcode(client, barcode, function () {});\n    client.release();\n  };\n};\n`,
    },
  ],
  invalid: [
    { name: "icebox's drinks.destroy: done() after the lookup is only started", code: destroy(), errors: [running("store.getDrinkByBarcode(…)", 6, 9)] },
    { name: "the caller's callback as the continuation", code: records, errors: [running("consumptionStore.getConsumptionRecordsForUser(…)", 6, 7)] },
    // Adversarial shapes (fa-32): the release in the same synchronous run as a lending call.
    {
      name: "a store reached through a member of the parameter (`deps.store`)",
      code: destroy("deps.store.getDrinkByBarcode(client, barcode, function () {});", "pg, deps"),
      errors: [running("deps.store.getDrinkByBarcode(…)", 6, 7)],
    },
    {
      name: "a store picked by a computed member of the parameter (`stores[kind]`)",
      code: destroy("stores[req.params.kind].getByBarcode(client, barcode, function () {});", "pg, stores"),
      errors: [running("stores[…].getByBarcode(…)", 6, 7)],
    },
    {
      name: "a lending call per item, the release after the loop",
      code: destroy("req.body.forEach(function (code) {\n        store.getDrinkByBarcode(client, code, function () {});\n      });"),
      errors: [{ ...running("store.getDrinkByBarcode(…)", 7, 9), column: 9 }],
    },
    {
      name: "the lending call as an arrow's body",
      code: destroy("req.body.forEach((code) => store.getDrinkByBarcode(client, code, () => {}));"),
      errors: [{ ...running("store.getDrinkByBarcode(…)", 6, 7), column: 34 }],
    },
    {
      name: "the release in a finally right after the lending call",
      code: destroy("try {\n        store.getDrinkByBarcode(client, barcode, callback);\n      } finally {\n        done();\n      }", "pg, store, callback").replace("      done();\n      res.end();", "      res.end();"),
      errors: [{ ...running("store.getDrinkByBarcode(…)", 7, 9), column: 9 }],
    },
  ],
});

describe("a store lent the client, linted by ESLint's default parser (espree)", () => {
  it("reports the plain JavaScript controller as the TypeScript parser does", () => {
    const linter = new Linter();
    const lint = (code: string) =>
      linter
        .verify(code, [{ files: ["**/*.js"], plugins: { poolguard: plugin as unknown as NonNullable<Linter.Config["plugins"]>[string] }, rules: { "poolguard/no-unawaited-client-work": "error" } }], { filename: "drinks.js" })
        .map((message) => `${message.line}:${message.column}:${message.messageId ?? message.message}`);
    expect(lint(destroy())).toEqual(["6:7:releasedWhileRunning"]);
    expect(lint(records)).toEqual(["6:7:releasedWhileRunning"]);
  });
});
