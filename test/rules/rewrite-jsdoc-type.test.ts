// A JSDoc `@type` comment on the client's declaration (`/** @type {pg.PoolClient} */ const client = await
// pool.connect();`, or on the `let client;` of the `let` form), as checked JavaScript types its variables. The
// rewrite removes that declaration; the comment used to stay, above the call that replaced it — typing nothing, or,
// above `const rows = await withClient(…)`, typing the wrong variable (a type error under checkJs). It now goes
// with its declaration: the callback's parameter is typed by the helper. The twin: a JSDoc comment without `@type`
// (documentation) stays where it was, above the call.
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import preferWithClient from "../../rules/prefer-with-client.js";
import { leakSuggestionHarness, suggestionCase } from "../support/leak-suggestion-harness.js";
import { ruleTester } from "../support/rule-tester.js";

const outputs: string[] = [];
const HEAD = `// @ts-check
import pg from "pg";
const pool = new pg.Pool();
`;
const FIXED_HEAD = `// @ts-check
import pg from "pg";
import { withClient } from "poolguard/runtime";
const pool = new pg.Pool();
`;

const fixed = (code: string, output: string, line: number) => {
  outputs.push(output);
  return { code, output, filename: "file.js", errors: [{ messageId: "preferWithClient" as const, line, column: 3 }] };
};

// The `const` form: `comment` above the declaration; the fixed function, with `kept` above the call when it stays.
const pingWith = (comment: string) => `${HEAD}export async function ping() {
  ${comment}
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
}`;
const pingFixed = (kept?: string) => `${FIXED_HEAD}export async function ping() {
${kept ? `  ${kept}\n` : ""}  await withClient(pool, async (client) => {
    await client.query("SELECT 1");
  });
}`;

ruleTester.run("prefer-with-client: a JSDoc @type on the removed declaration", preferWithClient, {
  valid: [],
  invalid: [
    fixed(pingWith("/** @type {pg.PoolClient} */"), pingFixed(), 6),
    fixed(
      `${HEAD}export async function ping() {
  /**
   * @type {pg.PoolClient | undefined}
   */
  let client;
  try {
    client = await pool.connect();
    await client.query("SELECT 1");
  } finally {
    client?.release();
  }
}`,
      pingFixed(),
      8,
    ),
    // The twin: documentation, not a type, stays above the call.
    fixed(pingWith("/** One client for the whole check. */"), pingFixed("/** One client for the whole check. */"), 6),
    // `/***` opens a JSDoc comment too (TypeScript's isJSDocLikeText: `/**` not followed by `/`; checked with tsc:
    // `/*** @type {string} */ const x = 1` is TS2322): it goes with its declaration as `/**` does (review-b).
    fixed(pingWith("/*** @type {pg.PoolClient} */"), pingFixed(), 6),
  ],
});

ruleTester.run("leak suggestion: a JSDoc @type on the removed declaration", leakSuggestionHarness, {
  valid: [],
  invalid: [
    {
      ...suggestionCase(
        outputs,
        `${HEAD}export async function names() {
  /** @type {pg.PoolClient} */
  const client = await pool.connect();
  const { rows } = await client.query("SELECT name FROM t");
  client.release();
  return rows;
}`,
        `${FIXED_HEAD}export async function names() {
  const rows = await withClient(pool, async (client) => {
    const { rows } = await client.query("SELECT name FROM t");
    return rows;
  });
  return rows;
}`,
        6,
        24,
      ),
      filename: "file.js",
    },
    {
      ...suggestionCase(
        outputs,
        `${HEAD}export async function names() {
  /** @type {pg.PoolClient | undefined} */
  let client;
  client = await pool.connect();
  await client.query("SELECT 1");
  client.release();
}`,
        `${FIXED_HEAD}export async function names() {
  await withClient(pool, async (client) => {
    await client.query("SELECT 1");
  });
}`,
        7,
        18,
      ),
      filename: "file.js",
    },
  ],
});

describe("the rewrites", () => {
  it("parse", () => {
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});
