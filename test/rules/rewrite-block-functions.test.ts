// Outside strict mode a function declared in a block is also a `var` of its function (Annex B): CommonJS code
// without "use strict" can call, after the `try`, a helper declared inside it. Moved into withClient's callback, the
// helper is bound only there and the call after the block throws "describe is not defined" (found probing the
// shapes rewrite-q's brief names: the fix and the suggestion were both offered; run under Node, the original
// returned the name, the rewrite rejected with a ReferenceError). ESLint's scope analysis binds the name to the block
// only, so the check that refuses names used after the body did not see it. No fix, no suggestion there. The twins:
// strict code ("use strict" in the file or the function, an ES module), a helper declared in the block and used only there, a helper
// declared in a function of the body, and a name that is the function's own `let`.
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import preferWithClient from "../../rules/prefer-with-client.js";
import { leakSuggestionHarness, noSuggestionCase, suggestionCase } from "../support/leak-suggestion-harness.js";
import { ruleTester } from "../support/rule-tester.js";

const REQUIRE = 'const { withClient } = require("poolguard/runtime");\n';
const HIDDEN =
  "`describe` is declared in a block of the body and used outside it (outside strict mode, a function declared in a block belongs to the whole function)";
const outputs: string[] = [];

const load = (before: string, inside: string, after: string) => `${before}const pool = require("./pool");
exports.load = async function load(id) {
  const client = await pool.connect();
  try {
    ${inside}
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
  ${after}
};`;

const loaded = (before: string, inside: string, after: string) => `${before}const pool = require("./pool");
${REQUIRE}exports.load = async function load(id) {
  await withClient(pool, async (client) => {
    ${inside}
    await client.query("SELECT 1");
  });
  ${after}
};`;

const DECLARED = "function describe(row) { return row.name; }";
const CALLED = "return describe({ name: id });";

const refused = (code: string) => ({
  code,
  output: null,
  errors: [
    { messageId: "preferWithClientNoFix" as const, line: 3, column: 3, data: { client: "client", pool: "pool", helper: "withClient", reason: HIDDEN } },
  ],
});

const fixed = (code: string, output: string, line = 3) => {
  outputs.push(output);
  return { code, output, errors: [{ messageId: "preferWithClient" as const, line, column: 3 }] };
};

ruleTester.run("prefer-with-client: a function declared in a block of sloppy code", preferWithClient, {
  valid: [],
  invalid: [
    refused(load("", DECLARED, CALLED)),
    // Inside a nested block of the body, and read (not called) after it: the same binding.
    refused(load("", `if (id) { ${DECLARED} }`, "return typeof describe;")),
    // A `var` of the function by that name is the binding Annex B assigns.
    refused(load("", DECLARED, "var describe; return describe;")),
    // Twins: strict code binds the declaration to its block (the call after it never reached it).
    fixed(load('"use strict";\n', DECLARED, CALLED), loaded('"use strict";\n', DECLARED, CALLED), 4),
    fixed(
      load("", DECLARED, CALLED).replace("exports.load = async function load(id) {", 'exports.load = async function load(id) {\n  "use strict";'),
      loaded("", DECLARED, CALLED).replace("exports.load = async function load(id) {", 'exports.load = async function load(id) {\n  "use strict";'),
      4,
    ),
    // Used only inside the body, declared in a function of the body, or shadowed by the function's own `let`.
    fixed(load("", DECLARED, "return id;"), loaded("", DECLARED, "return id;")),
    fixed(
      load("", `const names = (rows) => { ${DECLARED} return rows.map(describe); };`, CALLED),
      loaded("", `const names = (rows) => { ${DECLARED} return rows.map(describe); };`, CALLED),
    ),
  ],
});

// An ES module is strict: the import the rewrite adds is an `import`.
ruleTester.run("prefer-with-client: a function declared in a block of an ES module", preferWithClient, {
  valid: [],
  invalid: [
    (() => {
      const output = `import pool from "./pool.js";
import { withClient } from "poolguard/runtime";
export async function load(id) {
  await withClient(pool, async (client) => {
    ${DECLARED}
    await client.query("SELECT 1");
  });
  ${CALLED}
}`;
      outputs.push(output);
      return {
        code: `import pool from "./pool.js";
export async function load(id) {
  const client = await pool.connect();
  try {
    ${DECLARED}
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
  ${CALLED}
}`,
        output,
        errors: [{ messageId: "preferWithClient" as const, line: 3, column: 3 }],
      };
    })(),
  ],
});

const leaking = (inside: string, after: string) => `const pool = require("./pool");
exports.load = async function load(id) {
  const client = await pool.connect();
  {
    ${inside}
  }
  await client.query("SELECT 1");
  client.release();
  ${after}
};`;

ruleTester.run("leak suggestion: a function declared in a block of sloppy code", leakSuggestionHarness, {
  valid: [],
  invalid: [
    noSuggestionCase(leaking(DECLARED, CALLED), HIDDEN, 3),
    suggestionCase(
      outputs,
      leaking(DECLARED, "return id;"),
      `const pool = require("./pool");
${REQUIRE}exports.load = async function load(id) {
  await withClient(pool, async (client) => {
    {
      ${DECLARED}
    }
    await client.query("SELECT 1");
  });
  return id;
};`,
      3,
    ),
  ],
});

describe("the twins' rewrites", () => {
  it("parse", () => {
    expect(outputs).toHaveLength(6);
    for (const output of outputs) expect(() => parse(output, { sourceType: "script" })).not.toThrow();
  });
});
