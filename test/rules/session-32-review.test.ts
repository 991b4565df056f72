// review-32a's adversarial review of session 32's new no-leaked-client readings: each false alarm or miss found is a
// case here that failed before its fix, beside the twin the reading must keep.
// - callback-returned.ts (corpus-32a, 83c0feed): in a node-machine definition (a Sails helper) only `exits.success(c)`
//   resolves the caller's `await` with the client. `exits.error(c)` and a custom exit (`exits.notFound(c)`) reject it,
//   and a method of a second parameter that is not the exits (`fn(inputs, log)`, `log.debug(c)`) hands nothing over:
//   the reading took any method of the second parameter as the hand-over (misses).
// - class-checkouts.ts (corpus-32a, 62365280): odd modules behind an imported instance (circular imports, re-exports, a
//   module importing itself, `export default new (class { … })()`, a module that does not parse) crash no rule.
// - class-checkouts.ts (corpus-32a, 62365280): a pool wrapper with a `release(client)` method of its own, the caller
//   giving the client back through it (`finally { dbPool.release(client) }`), imported as its exported instance or as
//   the class: the reading saw a checkout never released (false alarm); now a client handed to a method of the object
//   it came from stays silent, and one handed to another object's method is still reported.
import path from "node:path";
import tsParser from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import plugin from "../../src/plugin.js";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const POOL = `const { Pool } = require("pg");\nconst pool = new Pool();\n`;
/** A Sails helper whose `fn(params)` takes a checkout and then runs `last`; `keys` before it in the definition. */
const MACHINE = (keys: string, params: string, last: string) =>
  `${POOL}module.exports = {\n  ${keys}\n  fn: async function (${params}) {\n    const c = await pool.connect();\n    ${last}\n  },\n};\n`;
/** MACHINE rewritten onto withClient, as the never-released suggestion offers it (`returned`: the body returns). */
const MACHINE_ON_WITH_CLIENT = (keys: string, params: string, last: string, returned: boolean) =>
  `const { Pool } = require("pg");\nconst { withClient } = require("poolguard/runtime");\nconst pool = new Pool();\nmodule.exports = {\n  ${keys}\n  fn: async function (${params}) {\n    ${returned ? "return " : ""}await withClient(pool, async (c) => {\n      ${last}\n    });\n  },\n};\n`;

const { root, write } = scratchModules("poolguard-session-32-review-");
// A pool wrapper that gives clients back through a method of its own, exported as an instance and as the class.
const WRAPPER = `  pool: pg.Pool;\n  constructor(max: number) {\n    this.pool = new pg.Pool({ max });\n  }\n  getConnection() {\n    return this.pool.connect();\n  }\n  release(client: pg.PoolClient) {\n    client.release();\n  }\n`;
write("pool-instance.ts", `import pg from "pg";\nclass DbPool {\n${WRAPPER}}\nexport const dbPool = new DbPool(20);\n`);
write("pool-class.ts", `import pg from "pg";\nexport class DbPool {\n${WRAPPER}}\n`);
const at = (name = "entry.ts") => path.join(root, name);
/** A debit taking its client from `dbPool.getConnection()` (`setup` makes dbPool), giving it back with `giveBack`. */
const DEBIT = (setup: string, giveBack: string) =>
  `${setup}\nexport async function debit(id: number) {\n  const client = await dbPool.getConnection();\n  try {\n    await client.query("UPDATE cliente SET saldo = saldo - 1 WHERE id = $1", [id]);\n  } finally {\n    ${giveBack};\n  }\n}\n`;
const INSTANCE = `import { dbPool } from "./pool-instance";\nimport { audit } from "./audit";`;
const CLASS = `import { DbPool } from "./pool-class";\nimport { audit } from "./audit";\nconst dbPool = new DbPool(20);`;

ruleTester.run("no-leaked-client: session 32's readings, reviewed", rule, {
  valid: [
    {
      name: "a Sails helper handing its checkout to exits.success (the reading's own case, kept)",
      code: MACHINE("inputs: {},", "inputs, exits", "return exits.success(c);"),
    },
    {
      name: "the exported instance's own release method gives the client back",
      code: DEBIT(INSTANCE, "dbPool.release(client)"),
      filename: at(),
    },
    {
      name: "an instance of the imported class gives the client back through its release method",
      code: DEBIT(CLASS, "dbPool.release(client)"),
      filename: at(),
    },
  ],
  invalid: [
    {
      name: "a machine's second parameter that is a logger: log.debug(c) hands nothing over",
      code: MACHINE("inputs: {},", "inputs, log", "log.debug(c);"),
      errors: [
        {
          messageId: "neverReleased",
          line: 6,
          column: 21,
          suggestions: [{ messageId: "rewriteWithClient", output: MACHINE_ON_WITH_CLIENT("inputs: {},", "inputs, log", "log.debug(c);", false) }],
        },
      ],
    },
    {
      name: "exits.error(c) rejects the caller's await: nobody gets the client",
      code: MACHINE("inputs: {},", "inputs, exits", "return exits.error(c);"),
      errors: [
        {
          messageId: "neverReleased",
          line: 6,
          column: 21,
          suggestions: [{ messageId: "rewriteWithClient", output: MACHINE_ON_WITH_CLIENT("inputs: {},", "inputs, exits", "return exits.error(c);", true) }],
        },
      ],
    },
    {
      name: "a custom exit (exits.notFound(c)) rejects the caller's await as well",
      code: MACHINE("inputs: {},\n  exits: { notFound: {} },", "inputs, exits", "return exits.notFound(c);"),
      errors: [
        {
          messageId: "neverReleased",
          line: 7,
          column: 21,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              output: MACHINE_ON_WITH_CLIENT("inputs: {},\n  exits: { notFound: {} },", "inputs, exits", "return exits.notFound(c);", true),
            },
          ],
        },
      ],
    },
    {
      name: "the exported instance's client handed to another object's method is still never released",
      code: DEBIT(INSTANCE, "audit.log(client)"),
      filename: at(),
      errors: [{ messageId: "helperNeverReleased", line: 4, column: 24, suggestions: [] }],
    },
    {
      name: "the imported class's instance's client handed to another object's method is still never released",
      code: DEBIT(CLASS, "audit.log(client)"),
      filename: at(),
      errors: [{ messageId: "helperNeverReleased", line: 5, column: 24, suggestions: [] }],
    },
  ],
});

// Modules behind an imported instance that the module reader must survive: none of these may crash a rule.
const INSTANCE_CLASS = `class DbPool {\n  pool = new pg.Pool();\n  getConnection() {\n    return this.pool.connect();\n  }\n}\n`;
write("odd/cycle-a.ts", `import { dbPool as inner } from "./cycle-b";\nexport const dbPool = inner;\nexport { dbPool as again } from "./cycle-b";\n`);
write("odd/cycle-b.ts", `import { dbPool as x } from "./cycle-a";\nimport pg from "pg";\n${INSTANCE_CLASS}export const dbPool = new DbPool();\nexport const other = x;\n`);
write("odd/self.ts", `import pg from "pg";\nimport { dbPool as me } from "./self";\n${INSTANCE_CLASS}export const dbPool = me ?? new DbPool();\n`);
write("odd/anonymous.ts", `import pg from "pg";\nexport default new (class {\n  pool = new pg.Pool();\n  getConnection() {\n    return this.pool.connect();\n  }\n})();\n`);
write("odd/broken.ts", `import pg from "pg";\nclass DbPool { getConnection( { return 1 }\nexport const dbPool = ;\n`);
write("odd/star.ts", `export * from "./cycle-b";\nexport * as all from "./cycle-a";\n`);
const linter = new Linter({ configType: "flat", cwd: root });
const rules = Object.fromEntries(Object.keys(plugin.rules).map((name) => [`poolguard/${name}`, "error" as const]));
const config: Linter.Config[] = [{ files: ["**/*.ts"], languageOptions: { parser: tsParser as Linter.Parser }, plugins: { poolguard: plugin }, rules }];
describe("an imported instance from an odd module: no rule crashes", () => {
  it.each([
    ["a circular re-export", `import { dbPool } from "./odd/cycle-a";`],
    ["a module of the cycle", `import { dbPool } from "./odd/cycle-b";`],
    ["a module importing itself", `import { dbPool } from "./odd/self";`],
    ["an anonymous class's instance as the default export", `import dbPool from "./odd/anonymous";`],
    ["a module that does not parse", `import { dbPool } from "./odd/broken";`],
    ["star re-exports", `import { dbPool } from "./odd/star";`],
    ["a module that does not exist", `import { dbPool } from "./odd/missing";`],
  ])("%s", (_name, imported) => {
    const code = `${imported}\nexport async function debit(id: number) {\n  const client = await dbPool.getConnection();\n  await client.query("SELECT $1", [id]);\n}\n`;
    const messages = linter.verify(code, config, { filename: at() });
    expect(messages.filter((message) => message.fatal === true || message.ruleId === null)).toEqual([]);
  });
});
