// A promise of the file's async function (or of the pool) that flows out of the held code without `await`, by other
// roads than `return load(id)` (rewrite-returned-async-calls.test.ts): a variable returned in the `try` (`const p =
// load(id); return p;`, through `.then` or `Promise.all([p])`), or the one value the fix carries out of the callback
// (`const row = load(id); client.release(); return row;`). withClient runs `return await fn(client)`: `await` adopts
// the callback's value when it is a thenable, so the callback would hold the client until the promise settles, where
// the original had given it back — and the promise's own pool work is a second client of the same pool. `await`
// does not look into an array or an object literal: `return [load(id)]`, `return { row: load(id) }`, `return [p]`
// and two values carried out (they go out as `{ a, b }`) give the client back as the original did, and are fixed.
// A conditional's test is not the value (`return load(id) ? 1 : 0`); an object literal with a `then` of its own is a
// thenable, whose `then` `await` runs. `return cond ? load(id) : null` and
// `return Promise.all([load(a), load(b)])` were refused before this file and still are.
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import preferWithClient from "../../rules/prefer-with-client.js";
import { HOLD_TAIL, heldPromiseReason, heldReturnCases, returnedCallReason } from "../support/held-return-cases.js";
import { leakSuggestionHarness, noSuggestionCase, suggestionCase } from "../support/leak-suggestion-harness.js";
import { ruleTester } from "../support/rule-tester.js";

const viaAsync = (name: string) => heldPromiseReason(name);
const DIRECT = returnedCallReason("`load(…)`, an async function");

const HEAD = `const { query, pool } = require("./db");
`;
const LOAD = `async function load(id) {
  return (await query("SELECT 1", [id])).rows[0];
}
function find(id) {
  return { id };
}
`;
const { outputs, refused, fixed, bareFlowing: flowing } = heldReturnCases(HEAD, LOAD);

ruleTester.run("prefer-with-client: a promise of an async function flows out of the try un-awaited", preferWithClient, {
  valid: [],
  invalid: [
    refused("const p = load(id);\n    return p;", viaAsync("p")),
    refused("let p;\n    p = load(id);\n    return p;", viaAsync("p")),
    refused("const p = load(id);\n    const q = p.then((row) => row);\n    return q;", viaAsync("q")),
    refused("const p = load(id);\n    return Promise.all([p]);", viaAsync("p")),
    refused("const [p] = [load(id)];\n    return p;", viaAsync("p")),
    // An object literal with a `then` of its own is a thenable: `await` runs it.
    refused("return { then: (resolve, reject) => load(id).then(resolve, reject) };", DIRECT),
    refused(
      'const r = pool.query("SELECT 1");\n    return r;',
      `\`r\` may be the promise of \`pool.query()\`, which the callback would return: ${HOLD_TAIL} (a second checkout of the same pool)`,
    ),
    // Refused before this change too (the call is part of the returned value).
    refused("return id ? load(id) : null;", DIRECT),
    refused("return Promise.all([load(id), load(id + 1)]);", DIRECT),
    // Twins withClient does not wait on: an array or object literal of promises (not a thenable), the promise in a
    // conditional's test; and an awaited value, a function that is not async.
    fixed("return [load(id)];"),
    fixed("return { row: load(id) };"),
    fixed("const p = load(id);\n    return [p];"),
    fixed("return load(id) ? 1 : 0;"),
    fixed("const p = await load(id);\n    return p;"),
    fixed("const p = find(id);\n    return p;"),
    // `+=` makes a string (or a number), never the promise.
    fixed('let s = "";\n    s += load(id);\n    return s;'),
  ],
});


ruleTester.run("leak suggestion: the one value carried out of the callback is an async function's promise", leakSuggestionHarness, {
  valid: [],
  invalid: [
    noSuggestionCase(flowing("const row = load(id);"), viaAsync("row"), 8, 24),
    noSuggestionCase(flowing("let row = null;\n  if (id) row = load(id);"), viaAsync("row"), 8, 24),
    // Twins: a function that is not async; two values carried out go out in an object literal, which withClient's
    // `await` does not look into (the client is given back as the callback returns, as the original did).
    suggestionCase(
      outputs,
      flowing("const row = find(id);"),
      `import { withClient } from "poolguard/runtime";
${LOAD}async function deactivate(id) {
  const row = await withClient(pool, async (client) => {
    await client.query("UPDATE assets SET active = false WHERE id = $1", [id]);
    const row = find(id);
    return row;
  });
  return row;
}`,
      8,
      24,
    ),
    suggestionCase(
      outputs,
      flowing("const a = load(id);\n  const b = load(id);", "return [a, b];"),
      `import { withClient } from "poolguard/runtime";
${LOAD}async function deactivate(id) {
  const { a, b } = await withClient(pool, async (client) => {
    await client.query("UPDATE assets SET active = false WHERE id = $1", [id]);
    const a = load(id);
    const b = load(id);
    return { a, b };
  });
  return [a, b];
}`,
      8,
      24,
    ),
  ],
});

describe("the rewrites of the twins", () => {
  it("parse", () => {
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});
