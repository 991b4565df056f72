// A pool taken from a registry kept on a class's private field (round "pools chosen at run time, second round"):
// `private pools = new Map<string, Pool>()` read as `this.pools.get(id).connect()`, `#replicas = [new Pool(), …]` read
// as `this.#replicas[i]`, and a lazy put (`pools[id] ??= new Pool(…)`). Only the class's own code can reach such a
// field, so it is read like a registry variable of the file; each guard has a valid twin that differs by the one thing
// the analysis looks at (a public, protected or static field, redis clients, a put that is no pool — through this,
// another instance, a computed name or a nested function —, a destructured field, a parameter property, `||=`).
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import rule from "../../rules/no-leaked-client.js";
import plugin from "../../src/plugin.js";
import { ruleTester } from "../support/rule-tester.js";

/** A class keeping tenant pools in `field` (declared by `declaration`), filled lazily, and `extra` members. */
const TENANTS = (declaration: string, field: string, extra = "") =>
  `import { Pool } from "pg";\nexport class Tenants {\n  ${declaration}\n  pool(id: string) {\n    let p = this.${field}.get(id);\n    if (!p) {\n      p = new Pool({ database: id });\n      this.${field}.set(id, p);\n    }\n    return p;\n  }\n${extra}  async list(id: string) {\n    const client = await this.${field}.get(id)!.connect();\n    const { rows } = await client.query("SELECT 1");\n    return rows;\n  }\n}\n`;

/** The same class after the withClient rewrite of `list`. */
const REWRITTEN = (declaration: string, field: string) =>
  TENANTS(declaration, field)
    .replace('import { Pool } from "pg";\n', 'import { Pool } from "pg";\nimport { withClient } from "poolguard/runtime";\n')
    .replace(
      `const client = await this.${field}.get(id)!.connect();\n    const { rows } = await client.query("SELECT 1");\n    return rows;`,
      `return await withClient(this.${field}.get(id)!, async (client) => {\n      const { rows } = await client.query("SELECT 1");\n      return rows;\n    });`,
    );
const CONSTRUCTED = "private pools: Map<string, Pool>;\n  constructor() {\n    this.pools = new Map();\n  }";

ruleTester.run("no-leaked-client: a pool taken from a registry on a class's private field, or put lazily", rule, {
  valid: [
    {
      name: "a private Map of pools: released in a finally",
      code: TENANTS("private pools = new Map<string, Pool>();", "pools").replace(
        'const { rows } = await client.query("SELECT 1");\n    return rows;',
        'try {\n      return (await client.query("SELECT 1")).rows;\n    } finally {\n      client.release();\n    }',
      ),
    },
    { name: "a public field: code outside the class may put anything in it", code: TENANTS("pools = new Map<string, Pool>();", "pools") },
    { name: "a protected field: a subclass in another module may put anything in it", code: TENANTS("protected pools = new Map<string, Pool>();", "pools") },
    { name: "a static private field", code: TENANTS("private static pools = new Map<string, Pool>();", "pools") },
    {
      name: "a private Map of redis clients has the same shape",
      code: TENANTS("private pools = new Map<string, any>();", "pools").replace('import { Pool } from "pg";', 'import { createClient as Pool } from "redis";').replace("new Pool(", "Pool("),
    },
    {
      name: "one value put in is not a pool",
      code: TENANTS("private pools = new Map<string, Pool>();", "pools", "  async warm(id: string, make: () => Promise<unknown>) {\n    this.pools.set(id, (await make()) as Pool);\n  }\n"),
    },
    {
      name: "another instance's field is given a value that may be anything",
      code: TENANTS("private pools = new Map<string, Pool>();", "pools", "  adopt(other: Tenants, id: string, p: Pool) {\n    other.pools.set(id, p);\n  }\n"),
    },
    {
      name: "the field is destructured out of this",
      code: TENANTS("private pools = new Map<string, Pool>();", "pools", "  give() {\n    const { pools } = this;\n    return pools;\n  }\n"),
    },
    {
      name: "a computed access by the field's name puts a value that may be anything",
      code: TENANTS("private pools = new Map<string, Pool>();", "pools", '  put(id: string, p: Pool) {\n    this["pools"].set(id, p);\n  }\n'),
    },
    {
      name: "a nested function's `this.pools` puts a value that may be anything",
      code: TENANTS("private pools = new Map<string, Pool>();", "pools", "  later(id: string, p: Pool) {\n    return function (this: any) {\n      this.pools.set(id, p);\n    };\n  }\n"),
    },
    {
      name: "a constructor's parameter property: the caller gives the Map",
      code: TENANTS("constructor(private pools: Map<string, Pool>) {}", "pools"),
    },
    {
      name: "the field is replaced by what a method is given",
      code: TENANTS("private pools = new Map<string, Pool>();", "pools", "  reset(next: Map<string, Pool>) {\n    this.pools = next;\n  }\n"),
    },
    {
      name: "the field is filled with ||= from what a method is given",
      code: TENANTS("private pools = new Map<string, Pool>();", "pools", "  adopt(next: Map<string, Pool>) {\n    this.pools ||= next;\n  }\n"),
    },
    {
      name: "the field is handed out whole",
      code: TENANTS("private pools = new Map<string, Pool>();", "pools", "  all() {\n    return this.pools;\n  }\n"),
    },
    {
      name: "a lazy put of something that is not a pool",
      code: `const { Pool } = require("pg");\nconst pools = {};\nasync function list(id, make) {\n  pools[id] ??= make(id);\n  const client = await pools[id].connect();\n  const { rows } = await client.query("SELECT 1");\n  return rows;\n}\n`,
    },
  ],
  invalid: [
    {
      name: "a private Map of tenant pools filled lazily: the checkout is never released",
      code: TENANTS("private pools = new Map<string, Pool>();", "pools"),
      errors: [{ messageId: "neverReleased", line: 13, column: 26, suggestions: [{ messageId: "rewriteWithClient", output: REWRITTEN("private pools = new Map<string, Pool>();", "pools") }] }],
    },
    {
      name: "the Map made in the constructor, a private field declared without a value",
      code: TENANTS(CONSTRUCTED, "pools"),
      errors: [{ messageId: "neverReleased", line: 16, column: 26, suggestions: [{ messageId: "rewriteWithClient", output: REWRITTEN(CONSTRUCTED, "pools") }] }],
    },
    {
      name: "an ECMAScript #private array of replica pools, chosen round-robin",
      code: `import { Pool } from "pg";\nexport class Router {\n  #replicas = [new Pool({ port: 5433 }), new Pool({ port: 5434 })];\n  #next = 0;\n  async read() {\n    const client = await this.#replicas[this.#next++ % this.#replicas.length].connect();\n    const { rows } = await client.query("SELECT 1");\n    return rows;\n  }\n}\n`,
      errors: [
        {
          messageId: "neverReleased",
          line: 6,
          column: 26,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              output: `import { Pool } from "pg";\nimport { withClient } from "poolguard/runtime";\nexport class Router {\n  #replicas = [new Pool({ port: 5433 }), new Pool({ port: 5434 })];\n  #next = 0;\n  async read() {\n    return await withClient(this.#replicas[this.#next++ % this.#replicas.length], async (client) => {\n      const { rows } = await client.query("SELECT 1");\n      return rows;\n    });\n  }\n}\n`,
            },
          ],
        },
      ],
    },
    {
      name: "a lazy put with ??= into an object of pools",
      code: `const { Pool } = require("pg");\nconst pools = {};\nasync function list(id) {\n  pools[id] ??= new Pool({ database: id });\n  const client = await pools[id].connect();\n  const { rows } = await client.query("SELECT 1");\n  return rows;\n}\n`,
      errors: [
        {
          messageId: "neverReleased",
          line: 5,
          column: 24,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              output: `const { Pool } = require("pg");\nconst { withClient } = require("poolguard/runtime");\nconst pools = {};\nasync function list(id) {\n  pools[id] ??= new Pool({ database: id });\n  return await withClient(pools[id], async (client) => {\n    const { rows } = await client.query("SELECT 1");\n    return rows;\n  });\n}\n`,
            },
          ],
        },
      ],
    },
  ],
});

/** "line:messageId" of no-leaked-client's findings when `code` is linted as a .js file by ESLint's default parser. */
function espreeFindings(code: string): string[] {
  const linter = new Linter();
  const messages = linter.verify(code, [{ files: ["**/*.js"], plugins: { poolguard: plugin as unknown as NonNullable<Linter.Config["plugins"]>[string] }, rules: { "poolguard/no-leaked-client": "error" } }], { filename: "router.js" });
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  return messages.map((message) => `${message.line}:${message.messageId}`);
}

describe("a #private registry under ESLint's default parser (espree)", () => {
  const ROUTER = `const { Pool } = require("pg");\nclass Router {\n  #replicas = [new Pool({ port: 5433 }), new Pool({ port: 5434 })];\n  async read(i) {\n    const client = await this.#replicas[i].connect();\n    const { rows } = await client.query("SELECT 1");\n    return rows;\n  }\n}\nmodule.exports = Router;\n`;
  it("reports the dropped checkout", () => {
    expect(espreeFindings(ROUTER)).toEqual(["5:neverReleased"]);
  });
  it("stays silent when a method puts a value that is not a pool", () => {
    expect(espreeFindings(ROUTER.replace("  async read", "  add(c) {\n    this.#replicas.push(c);\n  }\n  async read"))).toEqual([]);
  });
});
