// review-32c's adversarial review of rewrite-32 (method-holders.ts): async work reached through an indirection the
// roads of method-holders.ts did not read, and odd input for them. Before the fix each `refused` case below was
// FIXED (a wrong fix: the rewritten callback returned the promise, withClient's `await` held the client until it
// settled where the original had given it back as it started): a Map's `get`, an array's `find`/`at`/`pop`,
// `Object.values` / `Object.entries` / `Object.fromEntries`, `structuredClone`, a loop's element, a class field
// initialiser (an object, an arrow), `super.find()`, a `let` assigned later (at the top or in a function), members
// written later (`api.find = load`, `this.find = load`), a `with` statement, and a plain function of the file returning
// a promise (`function find(id) { return pool.query(…) }`) reached through a destructuring. Twins: the same roads to a
// plain function (fixed), and cyclic aliases / self-referential objects / getters returning `this` / a class extending
// itself (no crash, fixed when nothing async is reached).
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import noLeakedClient from "../../rules/no-leaked-client.js";
import preferWithClient from "../../rules/prefer-with-client.js";
import { heldReturnCases, returnedCallReason } from "../support/held-return-cases.js";
import { ruleTester } from "../support/rule-tester.js";

const HEAD = `const { query, pool } = require("./db");
`;
const LOAD = `async function load(id) {
  return (await query("SELECT 1", [id])).rows[0];
}
function plain(id) {
  return { id };
}
`;
const outputs: string[] = [];
const method = (name: string) => returnedCallReason(`\`${name}(…)\`, an async method of an object of the file`);
const unread = (name: string) => returnedCallReason(`\`${name}(…)\`, a function that may be an async method of an object of the file`);
// A plain function (no `async`) that returns a promise is named so, not "an async method" (rewrite-33).
const promised = (name: string) => returnedCallReason(`\`${name}(…)\`, a method of an object of the file that returns a promise`);
const unreadPromised = (name: string) => returnedCallReason(`\`${name}(…)\`, a function that may be a method of an object of the file that returns a promise`);
const fnPromised = (name: string) => returnedCallReason(`\`${name}(…)\`, a function of the file that returns a promise`);
const fn = (name: string) => returnedCallReason(`\`${name}(…)\`, an async function of the file`);
const refused = (pre: string, lines: string, reason: string) => ({ ...heldReturnCases(HEAD, `${LOAD}${pre}\n`).refused(lines, reason), name: `refused: ${pre} / ${lines}` });
const fixed = (pre: string, lines: string) => {
  const cases = heldReturnCases(HEAD, `${LOAD}${pre}\n`);
  const test = cases.fixed(lines);
  outputs.push(...cases.outputs);
  return { ...test, name: `fixed: ${pre} / ${lines}` };
};
const API = "const api = { async find(id) { return load(id); } };";

ruleTester.run("prefer-with-client: review-32c's roads and odd shapes", preferWithClient, {
  valid: [],
  invalid: [
    // (a) roads method-holders.ts did not read: each was a wrong fix.
    refused(API, 'const m = new Map([["a", api]]);\n    return m.get("a").find(id);', unread('m.get("a").find')),
    refused(API, 'const m = new Map(Object.entries(api));\n    return m.get("find")(id);', unread('m.get("find")')),
    refused(API, "const list = [api];\n    return list.find(Boolean).find(id);", unread("list.find(Boolean).find")),
    refused(API, "return Object.values(api)[0](id);", unread("Object.values(api)[0]")),
    refused(API, "return Object.entries(api)[0][1](id);", unread("Object.entries(api)[0][1]")),
    refused(API, "const fns = Object.values(api);\n    return fns[0](id);", unread("fns[0]")),
    refused(API, "for (const [, f] of Object.entries(api)) return f(id);\n    return 1;", unread("f")),
    refused("const api = { find: load };", "return Object.fromEntries(Object.entries(api)).find(id);", unread("Object.fromEntries(Object.entries(api)).find")),
    refused("const api = { find(id) { return load(id); } };", "return structuredClone(api).find(id);", unreadPromised("structuredClone(api).find")),
    refused("const arr = [load];", "return arr.at(0)(id);", fn("arr.at")),
    refused("const arr = [load];", "return arr.pop()(id);", fn("arr.pop")),
    refused("class Repo { finder = { async find(id) { return load(id); } }; }", "return new Repo().finder.find(id);", method("new Repo().finder.find")),
    refused("class Repo { find = async (id) => load(id); }", "return new Repo().find(id);", method("new Repo().find")),
    refused("class Base { async find(id) { return load(id); } }\nclass Repo extends Base { find(id) { return super.find(id); } }", "return new Repo().find(id);", method("new Repo().find")),
    refused("let api;\napi = { async find(id) { return load(id); } };", "return api.find(id);", method("api.find")),
    refused("let api = null;\nfunction init() { api = { async find(id) { return load(id); } }; }", "return api.find(id);", method("api.find")),
    refused("const api = {};\napi.find = load;", "return api.find(id);", method("api.find")),
    refused("const api = {};\nObject.assign(api, { find: load });", "return api.find(id);", method("api.find")),
    refused("class Repo { constructor() { this.find = load; } }", "return new Repo().find(id);", method("new Repo().find")),
    refused("class Repo { constructor() { this.finder = { async find(id) { return load(id); } }; } }", "return new Repo().finder.find(id);", method("new Repo().finder.find")),
    refused("const api = { find: load };", "with (api) { return find(id); }", method("find")),
    // A plain function of the file that returns a promise, reached through a destructuring.
    refused("const api = { find(id) { return pool.query(\"SELECT 1\", [id]); } };", "const { find } = api;\n    return find(id);", promised("find")),
    refused("function find(id) { return load(id); }\nconst api = { find };", "const a = api;\n    return a.find(id);", promised("a.find")),
    // rewrite-33: the exact word for a plain function returning a promise, on each road that names what it reached.
    refused("const api = { find(id) { return load(id); } };", "return api.find(id);", promised("api.find")),
    refused("const api = { find(id) { return load(id); } };", "with (api) { return find(id); }", promised("find")),
    refused("function find(id) { return load(id); }\nconst arr = [find];", "const [first] = arr;\n    return first(id);", fnPromised("first")),
    refused("const api = { find(id) { return load(id); }, async get(id) { return load(id); } };", "const k = \"get\";\n    return api[k](id);", promised("api[k]")),
    refused("const api = { async find(id) { return load(id); }, async get(id) { return load(id); } };", "const k = \"get\";\n    return api[k](id);", method("api[k]")),
    // Twins: the same roads to plain functions, fixed as before.
    fixed("const api = { get(id) { return { id }; } };", "return Object.values(api)[0](id);"),
    fixed("const list = [plain];", "return list.find(Boolean)(id);"),
    fixed('const m = new Map([["a", plain]]);', 'return m.get("a")(id);'),
    fixed("const api = {};\napi.find = plain;", "return api.find(id);"),
    fixed("class Base { get(id) { return plain(id); } }\nclass Repo extends Base { get(id) { return super.get(id); } }", "return new Repo().get(id);"),
    fixed("", 'const rows = (await client.query("SELECT 1")).rows;\n    return rows.find(Boolean).toString();'),
    // (b) odd input: cycles, self-reference, getters returning `this`, a class extending itself — no crash.
    fixed("let a = {};\nlet b = a;\na = b;", "return a.find(id);"),
    fixed("let a = {};\nlet b = { ...a };\na = { ...b };", "return Object.values(a).map((f) => f)[0](id);"),
    fixed("const o = { get self() { return this; } };", "return o.self.self.self.self.self.self.self.self.self.self.find(id);"),
    fixed("const o = {};\no.o = o;\no.f = plain;", "return o.o.o.o.o.o.o.o.o.o.o.o.f(id);"),
    refused("const o = {};\no.o = o;\no.f = load;", "return Object.values(o.o.o.o)[0](id);", unread("Object.values(o.o.o.o)[0]")),
    fixed("const o = {};\nObject.assign(o, o);", "return o.f(id);"),
    fixed("class A extends A {}", "return new A().f(id);"),
    refused("class A { constructor() { this.me = this; this.f = load; } }", "return new A().me.me.me.f(id);", method("new A().me.me.me.f")),
  ],
});

describe("the fixes of review-32c's set", () => {
  it("parse", () => {
    expect(outputs.length).toBeGreaterThan(8);
    for (const output of outputs) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});

// fa-32's repeated test (derived-hold-flags.ts repeatedTestFlag: `const own = T; if (T)`, nothing running between the
// two evaluations): a later declarator of the same `const` runs between them. Before review-32c the leak was silent.
const REPEATED = (later: string) => `async function send(pool, message, client) {
  let urgent = message.urgent;
  const own = !client || urgent, ${later};
  if (!client || urgent) client = await pool.connect();
  try {
    await client.query("INSERT INTO outbox VALUES ($1)", [x]);
  } finally {
    if (own) client.release();
  }
}
`;

ruleTester.run("no-leaked-client: review-32c's repeated test with work between", noLeakedClient, {
  valid: [{ name: "a later declarator that only reads", code: REPEATED("x = message.id") }],
  invalid: [
    {
      name: "a later declarator writes what the guard reads: `const own = !client || urgent, x = (urgent = true)`",
      code: REPEATED("x = (urgent = true)"),
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 6 }, line: 4, column: 41, suggestions: [] }],
    },
  ],
});
