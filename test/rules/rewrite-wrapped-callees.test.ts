// rewrite-x's probes of the roads a promise takes to withClient's callback value that carried-promises.ts and
// returned-async-calls.ts did not follow: an async function of the file called through a wrapped callee (`(0,
// load)(id)`, `load.call(null, id)`, `load.apply(null, [id])`, `load.bind(null)(id)`, and the TS wrappers `(load as
// any)(id)`, `load!(id)`, right already), an async function expression called at once, an async function of the file
// that an object of the file holds (`const api = { load }; return api.load(id)`), a parameter reached through
// `arguments[0]` or through such a wrapped call of the function that stores it, or through a method of an object of the
// file (`keeper.keep(load(id))`), a promise stored deeper in an object (`box.a.b = load(id)`, `Object.assign(box, { p:
// load(id) })`). Each holds the client until the promise settles where the original gave it back as it started:
// refused. A promise handed to `new K(…)` of a class of the file that has no `then` (extends nothing, no
// `K.prototype.then = …`) is not awaited by withClient — the instance is handed over at once, as in the original: fixed
// (it was refused); a class with a `then`, a derived or patched one, or one the file does not write, may be a thenable:
// refused. Twins: the same shapes with a plain function whose value is no promise.
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import preferWithClient from "../../rules/prefer-with-client.js";
import { heldPromiseReason, heldReturnCases, returnedCallReason } from "../support/held-return-cases.js";
import { ruleTester } from "../support/rule-tester.js";

const carried = (name: string, what?: string) => heldPromiseReason(name, what, true);
const returned = (name: string, what = "an async function") => returnedCallReason(`\`${name}(…)\`, ${what}`);

const HEAD = `const { query, pool } = require("./db");
const { Other } = require("./other");
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
function rememberAll() {
  pending = arguments[0];
}
const keeper = { keep(p) { pending = p; } };
function rememberRest(...ps) {
  pending = ps[0];
}
const api = { load, fetch: load, find };
class K {
  constructor(p) { this.p = p; }
}
class Thenable {
  constructor(p) { this.p = p; }
  then(ok, fail) { return this.p.then(ok, fail); }
}
class Sub extends K {}
class Patched {
  constructor(p) { this.p = p; }
}
Patched.prototype.then = function (ok) { ok(this.p); };
class Returning {
  constructor(p) { return p; }
}
class Aliased {
  constructor(p) { this.p = p; }
}
const Alias = Aliased;
Alias.prototype.then = function (ok) { ok(this.p); };
class Wrapped {
  constructor(p) { this.p = p; }
}
(Wrapped as any).prototype.then = function (ok) { ok(this.p); };
class Handed {
  constructor(p) { this.p = p; }
}
mixThen(Handed);
class Mixed {
  static { Object.assign(this.prototype, thenable); }
  constructor(p) { this.p = p; }
}
class Lazy {
  constructor(p) { this.get = () => { return p; }; }
}
class Counted {
  static count = 0;
  constructor(p) { this.p = p; Counted.name; }
}
const Plain = class {
  constructor(p) { this.p = p; }
};
`;
const cases = heldReturnCases(HEAD, LOAD);
const { outputs } = cases;
// Each case named by its lines (the file's head is the same in all).
const refused = (lines: string, reason: string) => ({ ...cases.refused(lines, reason), name: `refused: ${lines}` });
const fixed = (lines: string) => ({ ...cases.fixed(lines), name: `fixed: ${lines}` });

ruleTester.run("prefer-with-client: an async function called through a wrapped callee", preferWithClient, {
  valid: [],
  invalid: [
    refused("return (0, load)(id);", returned("load")),
    refused("return load.call(null, id);", returned("load")),
    refused("return load.apply(null, [id]);", returned("load")),
    refused("return load.bind(null)(id);", returned("load")),
    refused("return load.bind(null, id)();", returned("load")),
    refused("return (load as any)(id);", returned("load")),
    refused("return load!(id);", returned("load")),
    refused("const p = load.call(null, id);\n    return p;", heldPromiseReason("p")),
    refused("return (async () => load(id))();", returned("(function)")),
    refused("return api.load(id);", returned("api.load", "an async method of an object of the file")),
    refused("return api.fetch(id);", returned("api.fetch", "an async method of an object of the file")),
    fixed("return (0, find)(id);"),
    fixed("return find.call(null, id);"),
    fixed("return find.bind(null)(id);"),
    fixed("return (() => find(id))();"),
    fixed("return api.find(id);"),
  ],
});

ruleTester.run("prefer-with-client: a promise handed to a parameter by arguments, a wrapped call or a method", preferWithClient, {
  valid: [],
  invalid: [
    refused("rememberAll(load(id));\n    return pending;", carried("pending")),
    refused("remember.call(null, load(id));\n    return pending;", carried("pending")),
    refused("remember.apply(null, [load(id)]);\n    return pending;", carried("pending")),
    refused("remember.bind(null)(load(id));\n    return pending;", carried("pending")),
    refused("(0, remember)(load(id));\n    return pending;", carried("pending")),
    refused("(remember as any)(load(id));\n    return pending;", carried("pending")),
    refused("remember!(load(id));\n    return pending;", carried("pending")),
    refused("keeper.keep(load(id));\n    return pending;", carried("pending")),
    refused("rememberRest(load(id));\n    return pending;", carried("pending")),
    fixed("rememberAll(find(id));\n    return pending;"),
    fixed("remember.call(null, find(id));\n    return pending;"),
    fixed("(0, remember)(find(id));\n    return pending;"),
    fixed("keeper.keep(find(id));\n    return pending;"),
  ],
});

ruleTester.run("prefer-with-client: a promise stored deeper in an object, or handed to new", preferWithClient, {
  valid: [],
  invalid: [
    refused("const box = { a: {} };\n    box.a.b = load(id);\n    return box.a.b;", carried("box")),
    refused("const box = {};\n    Object.assign(box, { p: load(id) });\n    return box.p;", carried("box")),
    refused("const k = new K(load(id));\n    return k.p;", carried("k")),
    refused("return new K(load(id)).p;", returned("load")),
    refused("return new Thenable(load(id));", returned("load")),
    refused("return new Other(load(id));", returned("load")),
    refused("return new Sub(load(id));", returned("load")),
    refused("return new Patched(load(id));", returned("load")),
    refused("return new Returning(load(id));", returned("load")),
    refused("return new Aliased(load(id));", returned("load")),
    refused("return new Wrapped(load(id));", returned("load")),
    refused("return new Handed(load(id));", returned("load")),
    refused("return new Mixed(load(id));", returned("load")),
    fixed("const box = { a: {} };\n    box.a.b = find(id);\n    return box.a.b;"),
    fixed("return new K(load(id));"),
    fixed("const k = new K(load(id));\n    return k;"),
    // review-h: a class expression's own declaration, and a type annotation, are no use of it.
    fixed("return new Plain(load(id));"),
    fixed("const k: K = new K(load(id));\n    return k;"),
    fixed("return new Lazy(load(id));"),
    fixed("return new Counted(load(id));"),
  ],
});

describe("the rewrites of the twins", () => {
  it("parse", () => {
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});
