// review-30a's adversarial review of session 30's new no-leaked-client readings: correct code each reading reported, now
// kept (valid, each failing before its guard), beside the twin the reading must still report (invalid).
// - class-field-registries.ts (corpus-30c): a TypeScript `private` field is private to the type checker only. A put the
//   field's name does not show — `` this[`pools`] `` (a template key), `this[key] = value`, `Object.assign(this,
//   options)` — or one made from outside the class through TypeScript's escape (`tenants["pools"]`, `(tenants as
//   any).pools`) may put anything in it. An ECMAScript `#private` field has no such road: its reading is unchanged.
// - unassigned-query-configs.ts (corpus-30b): the path where no branch of `if (type === "a") … else if (type === "b")`
//   runs is not certain when an `if` before it tests the same thing and leaves (`if (type !== "a" && type !== "b")
//   return res.status(400).end();`), in the callback or in a function around it.
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import rule from "../../rules/no-leaked-client.js";
import plugin from "../../src/plugin.js";
import { ruleTester } from "../support/rule-tester.js";

/** A class keeping tenant pools in a private Map, `extra` members before the method that drops its checkout; `after` outside. */
const TENANTS = (extra: string, after = "") =>
  `import { Pool } from "pg";\nimport { createClient } from "redis";\nexport class Tenants {\n  private pools = new Map<string, Pool>([["main", new Pool()]]);\n${extra}  async list(id: string) {\n    const client = await this.pools.get(id)!.connect();\n    const { rows } = await client.query("SELECT 1");\n    return rows;\n  }\n}\n${after}`;

/**
 * A pg 4 route whose checkout callback chooses its query config in an if/else-if chain; `before` opens the route,
 * `inside` the callback, `after` comes between the chain and the query.
 */
const ROUTE = (before: string, inside = "", after = "") => `var pg = require("pg");
function route(req, res) {
  var type = req.query.type;
  ${before}
  pg.connect(process.env.DATABASE_URL, function (err, client, done) {
    if (err) return console.error(err);
    ${inside}
    var config;
    if (type === "a") {
      config = "SELECT 1";
    } else if (type === "b") {
      config = "SELECT 2";
    }
    ${after}
    client.query(config, function (err, result) {
      done();
      res.json(result ? result.rows : []);
    });
  });
}
module.exports = route;
`;

/** The same file after the withClient rewrite of `list`. */
const rewritten = (code: string) =>
  code
    .replace('import { createClient } from "redis";\n', 'import { createClient } from "redis";\nimport { withClient } from "poolguard/runtime";\n')
    .replace(
      'const client = await this.pools.get(id)!.connect();\n    const { rows } = await client.query("SELECT 1");\n    return rows;',
      'return await withClient(this.pools.get(id)!, async (client) => {\n      const { rows } = await client.query("SELECT 1");\n      return rows;\n    });',
    );

/** The class's dropped checkout, reported at `line` with the rewrite of `code`. */
const dropped = (code: string, line: number) => ({
  code,
  errors: [{ messageId: "neverReleased" as const, line, column: 26, suggestions: [{ messageId: "rewriteWithClient" as const, output: rewritten(code) }] }],
});
const withoutDone = { messageId: "callbackPathWithoutDone" as const, line: 5, column: 3, suggestions: [] };

ruleTester.run("no-leaked-client: session 30's readings under review", rule, {
  valid: [
    {
      name: "class field: a template key puts a redis client",
      code: TENANTS("  constructor() {\n    (this[`pools`] as Map<string, any>).set(\"cache\", createClient());\n  }\n"),
    },
    { name: "class field: Object.assign(this, options) may replace it", code: TENANTS("  constructor(options: object) {\n    Object.assign(this, options);\n  }\n") },
    { name: "class field: a write by a computed name may be a write of it", code: TENANTS("  configure(key: string, value: unknown) {\n    (this as any)[key] = value;\n  }\n") },
    { name: "class field: the file puts a redis client in it from outside the class", code: TENANTS("", 'export const tenants = new Tenants();\ntenants["pools"].set("cache", createClient() as any);\n') },
    { name: "class field: the file replaces it from outside the class", code: TENANTS("", 'export const tenants = new Tenants();\n(tenants as any).pools = new Map([["cache", createClient()]]);\n') },
    { name: "unassigned config: the route checks the type and leaves before the checkout", code: ROUTE('if (type !== "a" && type !== "b") return res.status(400).end();') },
    { name: "unassigned config: the route switches on the type and leaves in its default", code: ROUTE('switch (type) {\n    case "a":\n    case "b":\n      break;\n    default:\n      return res.status(400).end();\n  }') },
    { name: "unassigned config: the callback checks the type and leaves before the chain", code: ROUTE("", 'if (["a", "b"].indexOf(type) < 0) {\n      done();\n      return res.status(400).end();\n    }') },
    // review-30b: the check may come between the chain and the query, or test the value the chain's variable was read from.
    {
      name: "unassigned config: the callback checks the type and leaves between the chain and the query",
      code: ROUTE("", "", 'if (type !== "a" && type !== "b") {\n      done();\n      return res.status(400).end();\n    }'),
    },
    { name: "unassigned config: the route checks a copy of the type and leaves", code: ROUTE('var kind = type;\n  if (kind !== "a" && kind !== "b") return res.status(400).end();') },
  ],
  invalid: [
    { name: "unassigned config: a check between the chain and the query leaves on another value", code: ROUTE("", "", "if (!req.query.id) {\n      done();\n      return res.status(400).end();\n    }"), errors: [withoutDone] },
    {
      name: "unassigned config: what the type was read from is checked, but the type is written again",
      code: ROUTE('type = String(type);\n  if (["a", "b"].indexOf(req.query.type) < 0) return res.status(400).end();'),
      errors: [{ ...withoutDone, line: 6 }],
    },
    // Twins: the same roads naming nothing but pools, or written on another object than the class's own.
    { name: "class field: a template key puts a pool", ...dropped(TENANTS("  constructor() {\n    this[`pools`].set(\"replica\", new Pool());\n  }\n"), 9) },
    { name: "class field: Object.assign on another object", ...dropped(TENANTS("  constructor(options: object) {\n    Object.assign({}, options);\n  }\n"), 9) },
    { name: "class field: a computed name on another object", ...dropped(TENANTS("  configure(target: any, key: string, value: unknown) {\n    target[key] = value;\n  }\n"), 9) },
    { name: "class field: the file reads it from outside the class", ...dropped(TENANTS("", 'export const size = new Tenants()["pools"].size;\n'), 6) },
    { name: "unassigned config: the check before leaves on another value", code: ROUTE("if (!req.query.id) return res.status(400).end();"), errors: [withoutDone] },
    { name: "unassigned config: a switch on the type that does not leave", code: ROUTE('switch (type) {\n    case "a":\n      console.log(type);\n  }'), errors: [{ ...withoutDone, line: 8 }] },
    { name: "unassigned config: the check of the type does not leave", code: ROUTE('if (type !== "a" && type !== "b") console.warn("unknown type", type);'), errors: [withoutDone] },
  ],
});

/** "line:messageId" of no-leaked-client's findings when `code` is linted as a .js file by ESLint's default parser. */
function espreeFindings(code: string): string[] {
  const linter = new Linter();
  const messages = linter.verify(code, [{ files: ["**/*.js"], plugins: { poolguard: plugin as unknown as NonNullable<Linter.Config["plugins"]>[string] }, rules: { "poolguard/no-leaked-client": "error" } }], { filename: "route.js" });
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  return messages.map((message) => `${message.line}:${message.messageId}`);
}

describe("session 30's review under ESLint's default parser (espree)", () => {
  it("a route that checks the type before the checkout stays silent", () => {
    expect(espreeFindings(ROUTE('if (type !== "a" && type !== "b") return res.status(400).end();'))).toEqual([]);
  });
  it("a route that checks another value still reports", () => {
    expect(espreeFindings(ROUTE("if (!req.query.id) return res.status(400).end();"))).toEqual(["5:callbackPathWithoutDone"]);
  });
  it("a #private registry keeps its reading beside a this[key] write and Object.assign(this, …)", () => {
    const router = `const { Pool } = require("pg");\nclass Router {\n  #replicas = [new Pool(), new Pool()];\n  constructor(options) {\n    Object.assign(this, options);\n  }\n  set(key, value) {\n    this[key] = value;\n  }\n  async read(i) {\n    const client = await this.#replicas[i].connect();\n    return (await client.query("SELECT 1")).rows;\n  }\n}\nmodule.exports = Router;\n`;
    expect(espreeFindings(router)).toEqual(["11:neverReleased"]);
  });
});
