// rewrite-33's hunt: sloppy-mode scoping the callback changes.
// - A direct `eval` in the moved code, outside strict mode, declares its `var`s and functions in the function the
//   code runs in: moved into the callback they belong to the callback, and the code after the block no longer sees
//   them (`eval("var n = 1"); … return typeof n` gave "number", the fix "undefined"). Refused; twins: strict code
//   ("use strict", an ES module, a class) and an eval inside a function of the body keep their fix.
// - A block inside `with (o)`: the added call looks `withClient` (or `poolguard_withClient`) up on `o` first, so an
//   object with such a member would be called instead of poolguard's helper. Refused; twin: a `with` inside the body.
// Before the change each `refused` case below was FIXED (checked).
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import preferWithClient from "../../rules/prefer-with-client.js";
import { ruleTester } from "../support/rule-tester.js";

const REQUIRE = 'const { withClient } = require("poolguard/runtime");\n';
const EVAL = "a direct `eval` runs in the body: outside strict mode the `var`s and functions it declares would belong to the callback, not the function";
const WITH = "the block is inside a `with` statement, whose object the added `withClient` call would be looked up on first";
const WITH_TRANSACTION = "the block is inside a `with` statement, whose object the added `withTransaction` call would be looked up on first";
const outputs: string[] = [];

const manual = (head: string, wrapOpen: string, inside: string, wrapClose: string, after: string) => `${head}const pool = require("./pool");
exports.load = async function load(code, o) {${wrapOpen}
  const client = await pool.connect();
  try {
    ${inside}
    await client.query("SELECT 1");
  } finally {
    client.release();
  }${wrapClose}
  ${after}
};`;

const refused = (code: string, reason: string, line: number) => ({
  code,
  output: null,
  errors: [{ messageId: "preferWithClientNoFix" as const, line, column: 3, data: { client: "client", pool: "pool", helper: "withClient", reason } }],
});

const fixed = (code: string, output: string, line: number) => {
  outputs.push(output);
  return { code, output, errors: [{ messageId: "preferWithClient" as const, line, column: 3 }] };
};

ruleTester.run("prefer-with-client: sloppy-mode scoping (rewrite-33)", preferWithClient, {
  valid: [],
  invalid: [
    refused(manual("", "", "eval(code);", "", "return typeof n;"), EVAL, 3),
    refused(manual("", "", "if (code) eval(code);", "", ""), EVAL, 3),
    // Strict code: eval has a scope of its own, and reads the closure's names as the function's.
    fixed(
      manual('"use strict";\n', "", "eval(code);", "", "return 1;"),
      `"use strict";\nconst pool = require("./pool");\n${REQUIRE}exports.load = async function load(code, o) {
  await withClient(pool, async (client) => {
    eval(code);
    await client.query("SELECT 1");
  });
  return 1;
};`,
      4,
    ),
    // Inside a function of the body, its `var`s were that function's already.
    fixed(
      manual("", "", "[code].forEach((c) => eval(c));", "", ""),
      `const pool = require("./pool");\n${REQUIRE}exports.load = async function load(code, o) {
  await withClient(pool, async (client) => {
    [code].forEach((c) => eval(c));
    await client.query("SELECT 1");
  });
  
};`,
      3,
    ),
    refused(manual("", "\n  with (o) {", "", "\n  }", ""), WITH, 4),
    {
      code: `const pool = require("./pool");
exports.save = async function save(o) {
  with (o) {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("INSERT INTO t VALUES (1)");
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }
};`,
      output: null,
      errors: [{ messageId: "preferWithClientNoFix" as const, line: 4, column: 5, data: { client: "client", pool: "pool", helper: "withTransaction", reason: WITH_TRANSACTION } }],
    },
    fixed(
      manual("", "", "with (o) { code = x; }", "", ""),
      `const pool = require("./pool");\n${REQUIRE}exports.load = async function load(code, o) {
  await withClient(pool, async (client) => {
    with (o) { code = x; }
    await client.query("SELECT 1");
  });
  
};`,
      3,
    ),
  ],
});

describe("the fixes of rewrite-33's sloppy-scope set", () => {
  it("parse as scripts", () => {
    expect(outputs.length).toBe(3);
    for (const output of outputs) expect(() => parse(output, { sourceType: "script" })).not.toThrow();
  });
});
