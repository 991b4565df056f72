// `await client.release()` is the release the rewrites take out: pg's release() returns undefined, so the await only
// adds a tick. Before, prefer-with-client did not see `finally { await client.release(); }` as the manual pattern and
// the leak suggestion refused it as "part of a larger expression" (tdamant/transactions-api's PostgresDatabase.query;
// the pattern in the corpus' 20 cases that await it). Next to each, the awaited call that is not the release.
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import rule from "../../rules/prefer-with-client.js";
import { leakSuggestionHarness, noSuggestionCase, suggestionCase } from "../support/leak-suggestion-harness.js";
import { ruleTester } from "../support/rule-tester.js";

const IMPORT = 'import { withClient } from "poolguard/runtime";\n';
const outputs: string[] = [];

ruleTester.run("prefer-with-client (an awaited release in the finally)", rule, {
  valid: [
    // The finally awaits another object's release: not the client's, so not the manual pattern.
    `async function load(pool, lock) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    await lock.release();
  }
}`,
  ],
  invalid: [
    {
      code: `async function load(pool) {
  const client = await pool.connect();
  try {
    const result = await client.query("SELECT 1");
    return result.rows;
  } finally {
    await client.release();
  }
}`,
      output: `${IMPORT}async function load(pool) {
  return await withClient(pool, async (client) => {
    const result = await client.query("SELECT 1");
    return result.rows;
  });
}`,
      errors: [{ messageId: "preferWithClient", line: 2, column: 3 }],
    },
    {
      // The `let` form, guarded: `if (client) await client.release();`.
      code: `async function load(pool) {
  let client;
  try {
    client = await pool.connect();
    await client.query("SELECT 1");
  } finally {
    if (client) await client.release();
  }
}`,
      output: `${IMPORT}async function load(pool) {
  await withClient(pool, async (client) => {
    await client.query("SELECT 1");
  });
}`,
      errors: [{ messageId: "preferWithClient", line: 2, column: 3 }],
    },
    {
      // The awaited release next to other work in the finally: the pattern, but no fix (as without the await).
      code: `async function load(pool, audit) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    await client.release();
    await audit("done");
  }
}`,
      output: null,
      errors: [{ messageId: "preferWithClientNoFix", line: 2, column: 3 }],
    },
  ],
});

ruleTester.run("leak suggestion (an awaited release on the straight path)", leakSuggestionHarness, {
  valid: [],
  invalid: [
    suggestionCase(
      outputs,
      `class PostgresDatabase {
  constructor(pool) { this.pool = pool; }
  async query(sql) {
    const client = await this.pool.connect();
    const result = await client.query(sql);
    await client.release();
    return result;
  }
}`,
      `${IMPORT}class PostgresDatabase {
  constructor(pool) { this.pool = pool; }
  async query(sql) {
    const result = await withClient(this.pool, async (client) => {
      const result = await client.query(sql);
      return result;
    });
    return result;
  }
}`,
      4,
      26,
    ),
    // The release's value is used: a larger expression than the release, still refused.
    noSuggestionCase(
      `async function query(pool, sql) {
  const client = await pool.connect();
  const result = await client.query(sql);
  const released = await client.release();
  return [result, released];
}`,
      "a `release()` call is part of a larger expression or the only statement of a branch",
    ),
  ],
});

describe("awaited-release rewrite outputs", () => {
  it("all parse as modules", () => {
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});
