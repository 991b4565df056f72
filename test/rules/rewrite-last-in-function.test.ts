// A body that returns on some paths only becomes `return await withClient(…)` when falling off the callback ends the
// function too: nothing follows the block in its list, nor in the blocks, `if` branches, `try` blocks and `catch`
// clauses around it up to the function's body — the express handler that wraps its manual block in
// `try { … } catch (error) { res.status(500)… }` (Rudrappa838/school-software's allocateRoom), or returns before a
// release that never runs (evilsmoon/backend-express-pg-ts-restserver's controllers). Not in a loop's body (falling
// off goes round again), nor in a `finally` (a `return` there would swallow the exception passing through), nor with
// code after the outer `try`.
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import rule from "../../rules/prefer-with-client.js";
import { leakSuggestionHarness, noSuggestionCase, suggestionCase } from "../support/leak-suggestion-harness.js";
import { ruleTester } from "../support/rule-tester.js";

const outputs: string[] = [];
const IMPORT = 'import { withClient } from "poolguard/runtime";\n';
const RETURNS_SOME = "the body returns on some paths but not all, and code follows the block";

const handler = (after = "") => `async function allocate(pool, req, res) {
  try {
    const client = await pool.connect();
    try {
      const check = await client.query("SELECT capacity FROM rooms WHERE id = $1", [req.params.id]);
      if (check.rows.length === 0) {
        return res.status(404).json({ error: "no room" });
      }
      res.status(201).json(check.rows[0]);
    } finally {
      client.release();
    }
  } catch (error) {
    res.status(500).json({ error: error.message });
  }${after}
}`;

const noFix = (code: string, line: number, column: number) => {
  return {
    code,
    output: null,
    errors: [
      {
        messageId: "preferWithClientNoFix" as const,
        line,
        column,
        data: { client: "client", pool: "pool", helper: "withClient", reason: RETURNS_SOME },
      },
    ],
  };
};

const fixedHandler = `${IMPORT}async function allocate(pool, req, res) {
  try {
    return await withClient(pool, async (client) => {
      const check = await client.query("SELECT capacity FROM rooms WHERE id = $1", [req.params.id]);
      if (check.rows.length === 0) {
        return res.status(404).json({ error: "no room" });
      }
      res.status(201).json(check.rows[0]);
    });
  } catch (error) {
    res.status(500).json({ error: error.message });
  }
}`;
outputs.push(fixedHandler);

ruleTester.run("prefer-with-client: the block last in its function", rule, {
  valid: [],
  invalid: [
    { code: handler(), output: fixedHandler, errors: [{ messageId: "preferWithClient", line: 3, column: 5 }] },
    // Code after the outer try runs after the paths that fall off the block, not after those that return.
    noFix(handler('\n  console.log("handled");'), 3, 5),
    // In a loop's body falling off goes round again; a return ends the loop.
    noFix(
      `async function first(pool, ids) {
  for (const id of ids) {
    const client = await pool.connect();
    try {
      if (!id) return null;
      await client.query("SELECT $1", [id]);
    } finally {
      client.release();
    }
  }
}`,
      3,
      5,
    ),
    // In a finally a return would swallow the exception the try is throwing; falling off rethrows it.
    noFix(
      `async function cleanup(pool, id) {
  try {
    await prepare(id);
  } finally {
    const client = await pool.connect();
    try {
      if (!id) return null;
      await client.query("DELETE FROM staging WHERE id = $1", [id]);
    } finally {
      client.release();
    }
  }
}`,
      5,
      5,
    ),
  ],
});

const controller = (after = "", onError = 'return res.status(500).json("Internal Server Error" + error);') => `async function getCities(pool, req, res) {
  try {
    const client = await pool.connect();
    const resp = await client.query("SELECT name FROM cities");
    return res.status(200).json(resp.rows);
    client.release();
  } catch (error) {
    ${onError}
  }${after}
}`;

ruleTester.run("leak suggestion: the block last in its function", leakSuggestionHarness, {
  valid: [],
  invalid: [
    // The release after the return never runs: the body returns on every path that reaches it.
    suggestionCase(
      outputs,
      controller(),
      `${IMPORT}async function getCities(pool, req, res) {
  try {
    return await withClient(pool, async (client) => {
      const resp = await client.query("SELECT name FROM cities");
      return res.status(200).json(resp.rows);
    });
  } catch (error) {
    return res.status(500).json("Internal Server Error" + error);
  }
}`,
      3,
      26,
    ),
    // Code after the outer try (reached when the catch falls off): the rule does not see that the release is dead.
    noSuggestionCase(controller("\n  await audit(req);", "console.log(error);"), RETURNS_SOME, 3, 26),
  ],
});

describe("the block last in its function: outputs", () => {
  it("parse", () => {
    expect(outputs.length).toBe(2);
    for (const output of outputs) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});
