// A variable of an outer scope that the moved body assigns and the code after it reads: a module's counter, the
// caller's tally that concurrent callbacks share. Assigned back from the callback's result (`requests = await
// withTransaction(…, async (c) => { requests += 1; …; return requests; })`), it takes the value this call saw when its
// callback ended, after the helper's COMMIT and release, by which time another call may have written it: that write
// is lost (40 concurrent calls of the probe against PostgreSQL: 40 counted before the rewrite, 36 after). In a
// type-checked file the assignment back is what keeps the value's type visible: no fix, no suggestion. Plain
// JavaScript needs no assignment back — the callback writes the variable itself — and gets the rewrite without it.
// The twin: a variable of the function's own scope, which no other call shares, is assigned back as before.
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import preferWithClient from "../../rules/prefer-with-client.js";
import { leakSuggestionHarness, noSuggestionCase } from "../support/leak-suggestion-harness.js";
import { ruleTester } from "../support/rule-tester.js";

const outputs: string[] = [];
const OUTER = (name: string) =>
  `the body assigns \`${name}\` of an outer scope, read after the block: assigned back from the callback's result, it would undo what another call wrote meanwhile`;

const counted = (declaration: string, where: "module" | "function") => {
  const module = where === "module" ? `${declaration}\n` : "";
  const local = where === "function" ? `  ${declaration}\n` : "";
  return `import pg from "pg";
const pool = new pg.Pool();
${module}export async function count(id) {
${local}  const client = await pool.connect();
  try {
    requests += 1;
    await client.query("UPDATE t SET a = $1", [id]);
  } finally {
    client.release();
  }
  return requests;
}`;
};

const fixed = (code: string, output: string, filename?: string) => {
  outputs.push(output);
  return { code, output, ...(filename ? { filename } : {}), errors: [{ messageId: "preferWithClient" as const, line: 5, column: 3 }] };
};

ruleTester.run("prefer-with-client: an outer variable assigned in the body", preferWithClient, {
  valid: [],
  invalid: [
    {
      code: counted("let requests = 0;", "module"),
      output: null,
      errors: [
        {
          messageId: "preferWithClientNoFix",
          line: 5,
          column: 3,
          data: { client: "client", pool: "pool", helper: "withClient", reason: OUTER("requests") },
        },
      ],
    },
    // The same in plain JavaScript: rewritten, and the callback's own write is the only one.
    fixed(
      counted("let requests = 0;", "module"),
      `import pg from "pg";
import { withClient } from "poolguard/runtime";
const pool = new pg.Pool();
let requests = 0;
export async function count(id) {
  await withClient(pool, async (client) => {
    requests += 1;
    await client.query("UPDATE t SET a = $1", [id]);
  });
  return requests;
}`,
      "file.js",
    ),
    // The twin: the function's own variable, assigned back.
    {
      ...fixed(
        counted("let requests = 0;", "function"),
        `import pg from "pg";
import { withClient } from "poolguard/runtime";
const pool = new pg.Pool();
export async function count(id) {
  let requests = 0;
  requests = await withClient(pool, async (client) => {
    requests += 1;
    await client.query("UPDATE t SET a = $1", [id]);
    return requests;
  });
  return requests;
}`,
      ),
      errors: [{ messageId: "preferWithClient" as const, line: 5, column: 3 }],
    },
  ],
});

ruleTester.run("leak suggestion: an outer variable assigned in the body", leakSuggestionHarness, {
  valid: [],
  invalid: [
    noSuggestionCase(
      `let served = 0;
async function serve(pool, id) {
  const client = await pool.connect();
  await client.query("UPDATE t SET a = $1", [id]);
  served += 1;
  client.release();
  return served;
}`,
      OUTER("served"),
      3,
    ),
  ],
});

describe("the rewrites of the twins", () => {
  it("parse", () => {
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});
