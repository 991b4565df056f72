// The pool handed to a call (`await total(pool)`) is a use of the pool: the callee may query it or check a client
// out of it. After a release the callback would drop from a branch, the original ran that call with its client back
// in the pool; inside the callback the client would still be held, and on a pool of one client the callee's checkout
// waits forever (found writing rewrite-faults.test.ts's pool of one client: the behaviour snippet "released early in
// a branch", with the branch's work in a helper that queries the pool — the original returned, the rewrite never
// settled). Before the release, the original held its client there too: no change.
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import { leakSuggestionHarness, noSuggestionCase, suggestionCase } from "../support/leak-suggestion-harness.js";
import { ruleTester } from "../support/rule-tester.js";
import rule from "../../rules/no-leaked-client.js";

const outputs: string[] = [];
const IMPORT = 'import { withClient } from "poolguard/runtime";\n';

ruleTester.run("leak-suggestion-harness", leakSuggestionHarness, {
  valid: [],
  invalid: [
    noSuggestionCase(
      `async function update(pool, input) {
  const client = await pool.connect();
  const { rows } = await client.query("SELECT id FROM items WHERE v = $1", [input]);
  if (rows.length === 0) {
    client.release();
    return await total(pool);
  }
  await client.query("UPDATE items SET v = 'seen' WHERE id = $1", [rows[0].id]);
  client.release();
  return rows[0].id;
}`,
      "`total(pool)` runs after a `release()` that is not on every path, and would run while the callback still holds the client",
    ),
    // A member call with more arguments says where the pool goes.
    noSuggestionCase(
      `async function update(db, input) {
  const client = await db.pool.connect();
  if (!input) {
    client.release();
    return stats.count(input, db.pool, "items");
  }
  await client.query("UPDATE items SET v = $1", [input]);
  client.release();
}`,
      "`stats.count(…, db.pool, …)` runs after a `release()` that is not on every path, and would run while the callback still holds the client",
      2,
      24,
    ),
    // Twin: handed to a call while the original still holds its client — the callback holds it there too.
    suggestionCase(
      outputs,
      `async function update(pool, input) {
  const client = await pool.connect();
  const before = await total(pool);
  await client.query("UPDATE items SET v = $1", [input]);
  client.release();
  return before;
}`,
      `${IMPORT}async function update(pool, input) {
  const before = await withClient(pool, async (client) => {
    const before = await total(pool);
    await client.query("UPDATE items SET v = $1", [input]);
    return before;
  });
  return before;
}`,
    ),
  ],
});

// The rule itself: the leak is reported at the checkout, with no suggestion.
ruleTester.run("no-leaked-client", rule, {
  valid: [],
  invalid: [
    {
      code: `async function update(pool, input) {
  const client = await pool.connect();
  const { rows } = await client.query("SELECT id FROM items WHERE v = $1", [input]);
  if (rows.length === 0) {
    client.release();
    return await total(pool);
  }
  await client.query("UPDATE items SET v = 'seen' WHERE id = $1", [rows[0].id]);
  return rows[0].id;
}`,
      errors: [{ messageId: "earlyExit", line: 2, column: 24, suggestions: [] }],
    },
  ],
});

describe("pool handed to a call: suggestion outputs", () => {
  it("parse as modules", () => {
    expect(outputs).toHaveLength(1);
    for (const output of outputs) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});
