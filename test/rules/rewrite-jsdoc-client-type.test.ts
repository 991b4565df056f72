// rewrite-33's hunt, TS types on the client: in type-checked JavaScript a JSDoc `@type` on the client's declaration
// goes with the declaration (rewrite-jsdoc-type.test.ts), and the helper types the callback's client as pg's
// `PoolClient`. A body written against another type no longer compiled: `/** @type {any} */` then
// `client.anything()`, or `{pg.PoolClient & { tag?: string }}` then `client.tag = "x"`, gave TS2339 after the fix
// (check-rewrites --typecheck: "adds type errors"). Refused; twins: pg's own type (and `| undefined` in the `let`
// form), the same comments in JavaScript nobody type-checks, and a TypeScript file (which ignores JSDoc types; its
// annotation goes onto the callback's parameter). Before the change each `refused` case below was FIXED (checked).
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import preferWithClient from "../../rules/prefer-with-client.js";
import { ruleTester } from "../support/rule-tester.js";

const outputs: string[] = [];
const head = (checked: boolean) => `${checked ? "// @ts-check\n" : ""}import pg from "pg";
const pool = new pg.Pool();
`;
const fixedHead = (checked: boolean) => `${checked ? "// @ts-check\n" : ""}import pg from "pg";
import { withClient } from "poolguard/runtime";
const pool = new pg.Pool();
`;

const tagWith = (checked: boolean, comment: string) => `${head(checked)}export async function tag() {
  ${comment}
  const client = await pool.connect();
  try {
    client.tag = "x";
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
}`;
const tagFixed = (checked: boolean) => `${fixedHead(checked)}export async function tag() {
  await withClient(pool, async (client) => {
    client.tag = "x";
    await client.query("SELECT 1");
  });
}`;

const reason = (type: string) => `the client's JSDoc \`@type {${type}}\` goes with its declaration, and the callback's client would be pg's \`PoolClient\` instead`;

const refused = (code: string, type: string, line: number) => ({
  code,
  output: null,
  filename: "file.js",
  errors: [{ messageId: "preferWithClientNoFix" as const, line, column: 3, data: { client: "client", pool: "pool", helper: "withClient", reason: reason(type) } }],
});
const fixed = (code: string, output: string, line: number, filename = "file.js") => {
  outputs.push(output);
  return { code, output, filename, errors: [{ messageId: "preferWithClient" as const, line, column: 3 }] };
};

ruleTester.run("prefer-with-client: a JSDoc @type on the client that is not pg's PoolClient", preferWithClient, {
  valid: [],
  invalid: [
    refused(tagWith(true, "/** @type {any} */"), "any", 6),
    refused(tagWith(true, "/** @type {pg.PoolClient & { tag?: string }} */"), "pg.PoolClient & { tag?: string }", 6),
    refused(tagWith(true, "/** @type {import(\"./db\").TaggedClient} */"), 'import("./db").TaggedClient', 6),
    refused(
      `${head(true)}export async function tag() {
  /** @type {import("./db").TaggedClient | undefined} */
  let client;
  try {
    client = await pool.connect();
    client.tag = "x";
  } finally {
    client?.release();
  }
}`,
      'import("./db").TaggedClient | undefined',
      6,
    ),
    // Twins: pg's own type (any spelling), unchecked JavaScript, TypeScript.
    fixed(tagWith(true, "/** @type {pg.PoolClient} */"), tagFixed(true), 6),
    fixed(tagWith(true, '/** @type {import("pg").PoolClient} */'), tagFixed(true), 6),
    fixed(tagWith(true, "/** @type {?pg.PoolClient} */"), tagFixed(true), 6),
    fixed(tagWith(false, "/** @type {any} */"), tagFixed(false), 5),
    fixed(tagWith(false, "/** @type {any} */"), tagFixed(false), 5, "file.ts"),
  ],
});

// rewrite-34: which module a `PoolClient` comes from. Before, any `X.PoolClient` and any bare `PoolClient` passed as
// pg's: a project's own client type of that name (`db.PoolClient`, `PoolClient` imported from "./db" or another
// package) lost its members in the callback. Each refused case below was FIXED before the change (checked); the
// twins name pg's own type through an import, a require or a JSDoc `@import`/`@typedef`.
const tagIn = (imports: string, type: string) => `// @ts-check
${imports}
const pool = new pg.Pool();
export async function tag() {
  /** @type {${type}} */
  const client = await pool.connect();
  try {
    client.tag = "x";
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
}`;
const tagFixedIn = (imports: string) => `// @ts-check
${imports}
import { withClient } from "poolguard/runtime";
const pool = new pg.Pool();
export async function tag() {
  await withClient(pool, async (client) => {
    client.tag = "x";
    await client.query("SELECT 1");
  });
}`;
const PG = `import pg from "pg";`;
const lineOf = (imports: string) => imports.split("\n").length + 5;
const refusedIn = (imports: string, type: string) => refused(tagIn(imports, type), type, lineOf(imports));
const fixedIn = (imports: string, type: string) => fixed(tagIn(imports, type), tagFixedIn(imports), lineOf(imports));

ruleTester.run("prefer-with-client: a JSDoc PoolClient that is not pg's", preferWithClient, {
  valid: [],
  invalid: [
    refusedIn(`${PG}\nimport * as db from "./db";`, "db.PoolClient"),
    refusedIn(`${PG}\nimport db from "./db";`, "db.PoolClient"),
    refusedIn(`${PG}\n/** @import * as other from "other-driver" */`, "other.PoolClient"),
    // A name nobody binds: not known to be pg's.
    refusedIn(PG, "nobody.PoolClient"),
    refusedIn(`${PG}\nimport { PoolClient } from "./db";`, "PoolClient"),
    refusedIn(`${PG}\n/** @import { PoolClient } from "other-driver" */`, "PoolClient"),
    refusedIn(`${PG}\n/** @typedef {import("./db").PoolClient} PoolClient */`, "PoolClient"),
    refusedIn(PG, "import('other-driver').PoolClient"),
    // pg's own: through the import of pg, a namespace import, a JSDoc @import or @typedef, a named import.
    fixedIn(PG, "pg.PoolClient"),
    fixedIn(`${PG}\nimport * as types from "pg";`, "types.PoolClient"),
    fixedIn(`/** @import { PoolClient } from "pg" */\n${PG}`, "PoolClient"),
    fixedIn(`/** @import * as pgTypes from 'pg' */\n${PG}`, "pgTypes.PoolClient"),
    fixedIn(`/** @typedef {import("pg").PoolClient} PoolClient */\n${PG}`, "PoolClient"),
    fixedIn(`import pg, { PoolClient } from "pg";`, "PoolClient"),
    fixedIn(PG, "import('pg').PoolClient"),
  ],
});

describe("the fixes of rewrite-33's JSDoc set", () => {
  it("parse", () => {
    expect(outputs.length).toBe(12);
    for (const output of outputs) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});
