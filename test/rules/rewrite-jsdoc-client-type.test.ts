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

describe("the fixes of rewrite-33's JSDoc set", () => {
  it("parse", () => {
    expect(outputs.length).toBe(5);
    for (const output of outputs) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});
