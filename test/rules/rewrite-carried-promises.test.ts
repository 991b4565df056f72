// The roads of carried-promises.ts by which a promise reaches withClient's callback value, beyond those of
// rewrite-held-promise-values.test.ts: on an object's property (`const box = { p: load(id) }; return box.p;`, or
// `box.p = load(id)`, `box.push(load(id))`), through a parameter of a function of the file (`remember(load(id));
// return pending;` where `remember` writes `pending = p`), and from an async method of an object the file writes
// (`return repo.find(id)` for `const repo = { async find() {…} }` or `const store = new Store()`). withClient's
// `await fn(client)` adopts the promise and holds the client until it settles; the original had given it back as the
// promise started, and its own pool work is a second checkout of the same pool. Twins: a function or method that is
// not async, a method of an object the file does not write (`other.find(id)`: not known to give a promise), an
// array returned whole (not awaited), a list filled with promises and returned whole.
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import preferWithClient from "../../rules/prefer-with-client.js";
import { heldPromiseReason, heldReturnCases, returnedCallReason } from "../support/held-return-cases.js";
import { leakSuggestionHarness, noSuggestionCase, suggestionCase } from "../support/leak-suggestion-harness.js";
import { ruleTester } from "../support/rule-tester.js";

const carried = (name: string, what?: string) => heldPromiseReason(name, what, true);
const method = (name: string) => returnedCallReason(`\`${name}(…)\`, an async method of an object of the file`);

const HEAD = `const { query, pool } = require("./db");
const { other } = require("./other");
`;
const LOAD = `async function load(id) {
  return (await query("SELECT 1", [id])).rows[0];
}
function find(id) {
  return { id };
}
let pending = null;
function remember(p) {
  pending = p;
}
const repo = { async find(id) { return load(id); }, get(id) { return { id }; } };
class Store {
  async find(id) { return load(id); }
  get(id) { return { id }; }
}
const store = new Store();
`;
const { outputs, line: LINE, refused, fixed, flowing } = heldReturnCases(HEAD, LOAD);

ruleTester.run("prefer-with-client: a promise carried on a property, through a parameter, or from an async method", preferWithClient, {
  valid: [],
  invalid: [
    // On an object's property: the object is read whole.
    refused("const box = { p: load(id) };\n    return box.p;", carried("box")),
    refused('const box = { p: load(id) };\n    return box["p"];', carried("box")),
    refused("const box = { p: load(id) };\n    return (box as any).p;", carried("box")),
    refused("const box = { p: load(id) };\n    return box!.p;", carried("box")),
    refused("const box = {};\n    (box as any).p = load(id);\n    return box.p;", carried("box")),
    refused("const box = [];\n    box!.push(load(id));\n    return box[0];", carried("box")),
    refused("const box = {};\n    box.p = load(id);\n    return box.p;", carried("box")),
    refused("const box = [];\n    box.push(load(id));\n    return box[0];", carried("box")),
    refused("const p = load(id);\n    const box = { p };\n    return box.p;", carried("box")),
    // Through a parameter of a function of the file that stores it where the value is read.
    refused("remember(load(id));\n    return pending;", carried("pending")),
    // An async method of an object the file writes (an object literal's, or an instance of a class of the file).
    refused("return repo.find(id);", method("repo.find")),
    refused("return store.find(id);", method("store.find")),
    refused("return (repo as any).find(id);", method("repo.find")),
    refused("return store!.find(id);", method("store.find")),
    refused("const p = store.find(id);\n    return p;", carried("p", "`store.find(…)`, an async method of an object of the file")),
    // Twins: no async call among what the object holds; an array returned whole (withClient's `await` does not look
    // into it), a list filled with promises and returned whole; a parameter handed a value that is not a promise; a
    // method that is not async; a method of an object the file does not write.
    fixed("const box = { p: find(id) };\n    return box.p;"),
    fixed("const box = [load(id)];\n    return box;"),
    fixed("const list = [];\n    list.push(load(id));\n    return list;"),
    fixed("remember(find(id));\n    return pending;"),
    fixed("return repo.get(id);"),
    fixed("return store.get(id);"),
    fixed("return other.find(id);"),
  ],
});

// review-e: a parameter destructured from the argument (read whole), and a function declared with TS overloads;
// a rest parameter's array is no promise.
const SHAPED = `${LOAD}function keep({ p }) {
  pending = p;
}
function gather(...p) {
  pending = p;
}
function hold(p: number): void;
function hold(p: Promise<unknown>): void;
function hold(p: any) {
  pending = p;
}
`;
const shaped = heldReturnCases(HEAD, SHAPED);

ruleTester.run("prefer-with-client: a promise carried through a destructured or overloaded function's parameter", preferWithClient, {
  valid: [],
  invalid: [
    shaped.refused("keep({ p: load(id) });\n    return pending;", carried("pending")),
    shaped.refused("hold(load(id));\n    return pending;", carried("pending")),
    // Twins: the same functions handed values that are no promise.
    shaped.fixed("keep({ p: find(id) });\n    return pending;"),
    shaped.fixed("hold(find(id));\n    return pending;"),
    // A rest parameter makes an array of the promise, which withClient's \`await\` does not look into.
    shaped.fixed("gather(load(id));\n    return pending;"),
  ],
});

ruleTester.run("leak suggestion: the value carried out of the callback holds such a promise", leakSuggestionHarness, {
  valid: [],
  invalid: [
    noSuggestionCase(flowing("const box = { p: load(id) };\n  const row = box.p;"), carried("row"), LINE, 24),
    noSuggestionCase(flowing("const row = store.find(id);"), carried("row", "`store.find(…)`, an async method of an object of the file"), LINE, 24),
    suggestionCase(
      outputs,
      flowing("const row = store.get(id);"),
      `${HEAD}const { withClient } = require("poolguard/runtime");
${LOAD}async function deactivate(id) {
  const row = await withClient(pool, async (client) => {
    await client.query("UPDATE assets SET active = false WHERE id = $1", [id]);
    const row = store.get(id);
    return row;
  });
  return row;
}`,
      LINE,
      24,
    ),
  ],
});

describe("the rewrites of the twins", () => {
  it("parse", () => {
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of [...outputs, ...shaped.outputs]) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});
