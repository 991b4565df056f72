// rewrite-y's probes of the roads by which a promise reaches withClient's callback value that rewrite-x left: a
// promise carried into a method of a class of the file that stores it (`store.keep(load(id))`), a storing function
// bound once and called later (`const keep = remember.bind(null); keep(load(id))`, `const keep = map.set.bind(map)`),
// a storing function handed to a call (`list.forEach(remember)`, `.map(remember)`), a promise put in a Map, a Set or
// an array and read back (`registry.get(id)`), a promise a getter of an object or a class of the file gives
// (`return lazy.row`), the step of an async generator of the file (`return rows(id).next()`), and an async function
// run by `Reflect.apply`. Each holds the client until the promise settles where the original gave it back as it
// started: refused. Twins: the same shapes with a plain function whose value is no promise, a promise put in a list
// and not returned (awaited after the callback returns, when both have given the client back), a generator object
// returned whole (nothing runs until its `next`).
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import preferWithClient from "../../rules/prefer-with-client.js";
import { HOLD_TAIL, heldInClassCases, heldPromiseReason, heldReturnCases, returnedCallReason } from "../support/held-return-cases.js";
import { leakSuggestionHarness, noSuggestionCase } from "../support/leak-suggestion-harness.js";
import { ruleTester } from "../support/rule-tester.js";

const carried = (name: string, what?: string) => heldPromiseReason(name, what, true);
const returned = (name: string, what = "an async function") => returnedCallReason(`\`${name}(…)\`, ${what}`);
const stepped = (name: string) => `\`${name}(…)\`, an async generator, is stepped and returned without \`await\`: ${HOLD_TAIL} (its pool work a second checkout)`;

const HEAD = `const { query, pool } = require("./db");
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
class Keeper {
  keep(p) { pending = p; }
}
const keeper = new Keeper();
class Holder {
  static hold(p) { pending = p; }
  constructor(p) { pending = p; }
}
const registry = new Map();
const seen = new Set();
const jobs = [];
const lazy = { get row() { return load(1); } };
const lazyPlain = { get plain() { return find(1); } };
class Lazy {
  get row() { return load(this.id); }
}
class LazyPlain {
  get plain() { return find(this.id); }
}
const lazyOne = new Lazy();
const lazyPlainOne = new LazyPlain();
const lazyMethods = { row() { return load(1); } };
class LazyMethods {
  row() { return load(this.id); }
  static get row() { return load(1); }
}
const lazyMethodsOne = new LazyMethods();
function* syncRows(id) {
  yield load(id);
}
async function* rows(id) {
  yield (await query("SELECT 1", [id])).rows[0];
}
`;
const cases = heldReturnCases(HEAD, LOAD);
const { outputs, line: LINE, flowing } = cases;
const refused = (lines: string, reason: string) => ({ ...cases.refused(lines, reason), name: `refused: ${lines}` });
const fixed = (lines: string) => ({ ...cases.fixed(lines), name: `fixed: ${lines}` });

ruleTester.run("prefer-with-client: a promise stored by a method, a bound or a handed function", preferWithClient, {
  valid: [],
  invalid: [
    refused("keeper.keep(load(id));\n    return pending;", carried("pending")),
    refused("const keep = remember.bind(null);\n    keep(load(id));\n    return pending;", carried("pending")),
    refused("[load(id)].forEach(remember);\n    return pending;", carried("pending")),
    refused("const list = [load(id)];\n    list.map(remember);\n    return pending;", carried("pending")),
    refused("Holder.hold(load(id));\n    return pending;", carried("pending")),
    refused("new Holder(load(id));\n    return pending;", carried("pending")),
    refused("Reflect.apply(remember, null, [load(id)]);\n    return pending;", carried("pending")),
    fixed("keeper.keep(find(id));\n    return pending;"),
    fixed("Holder.hold(find(id));\n    return pending;"),
    fixed("new Holder(find(id));\n    return pending;"),
    fixed("const keep = remember.bind(null);\n    keep(find(id));\n    return pending;"),
    fixed("[find(id)].forEach(remember);\n    return pending;"),
    fixed("const list = [find(id)];\n    list.map(remember);\n    return pending;"),
  ],
});

ruleTester.run("prefer-with-client: an async function handed to a call, kept in a list, or a method kept in a const", preferWithClient, {
  valid: [],
  invalid: [
    refused("return Promise.all([id].map(load));", carried("load")),
    refused("return Promise.resolve(id).then(load);", carried("load")),
    refused("const loaders = [load];\n    return loaders[0](id);", returned("loaders[0]", "an async function of the file")),
    refused("const keep = keeper.keep;\n    keep(load(id));\n    return pending;", carried("pending")),
    refused("const keep = remember;\n    keep(load(id));\n    return pending;", carried("pending")),
    refused("return load?.(id);", returned("load")),
    fixed("return Promise.all([id].map(find));"),
    fixed("const loaders = [find];\n    return loaders[0](id);"),
    fixed("const keep = keeper.keep;\n    keep(find(id));\n    return pending;"),
    fixed("return load;"),
  ],
});

ruleTester.run("prefer-with-client: a promise put in a Map, a Set or an array", preferWithClient, {
  valid: [],
  invalid: [
    refused("registry.set(id, load(id));\n    return registry.get(id);", carried("registry")),
    refused("seen.add(load(id));\n    return seen.values().next().value;", carried("seen")),
    refused("jobs.push(load(id));\n    return jobs.pop();", carried("jobs")),
    refused("const set = registry.set.bind(registry);\n    set(id, load(id));\n    return registry.get(id);", carried("registry")),
    fixed("registry.set(id, find(id));\n    return registry.get(id);"),
    fixed("const set = registry.set.bind(registry);\n    set(id, find(id));\n    return registry.get(id);"),
    // Awaited after the callback returns (or never): both have given the client back by then.
    fixed("jobs.push(load(id));\n    return id;"),
  ],
});

ruleTester.run("prefer-with-client: a promise from a getter, an async generator's step, Reflect.apply", preferWithClient, {
  valid: [],
  invalid: [
    refused("return lazy.row;", carried("lazy")),
    refused("return lazyOne.row;", carried("lazyOne")),
    refused("return rows(id).next();", stepped("rows")),
    refused("return rows(id)[Symbol.asyncIterator]().next();", stepped("rows")),
    refused("const it = rows(id);\n    return it.next();", carried("it", "`rows(…)`, an async generator stepped")),
    refused("return Reflect.apply(load, null, [id]);", returned("load")),
    fixed("return lazyPlain.plain;"),
    fixed("return lazyPlainOne.plain;"),
    // A method is not run by being read, a static getter is not the instance's; a generator object runs nothing
    // until stepped, and a plain generator's step is no thenable.
    fixed("return lazyMethods.row;"),
    fixed("return lazyMethodsOne.row;"),
    fixed("return rows(id);"),
    fixed("const it = rows(id);\n    return it;"),
    fixed("return syncRows(id).next();"),
    fixed("return Reflect.apply(find, null, [id]);"),
  ],
});

// The class's own method, called through \`this\` from the method that holds the client.
const inClass = heldInClassCases(HEAD, LOAD, "keep(p) { pending = p; }", outputs);
const classFixed = inClass.fixed;

ruleTester.run("prefer-with-client: a promise stored by a method of the class through this", preferWithClient, {
  valid: [],
  invalid: [
    inClass.refused("this.keep(load(id));\n      return pending;", carried("pending")),
    inClass.refused("this.pending = load(id);\n      return this.pending;", carried("this")),
    classFixed("this.keep(find(id));\n      return pending;"),
    classFixed("this.pending = find(id);\n      return this.pending;"),
    // `keep` stores its parameter in `pending`, not on `this`: `this.count` is not it.
    classFixed("this.keep(load(id));\n      return this.count;"),
  ],
});

ruleTester.run("leak suggestion: the value carried out of the callback is such a promise", leakSuggestionHarness, {
  valid: [],
  invalid: [
    noSuggestionCase(flowing("const row = lazy.row;"), carried("row"), LINE, 24),
    noSuggestionCase(flowing("const row = rows(id).next();"), carried("row", "`rows(…)`, an async generator stepped"), LINE, 24),
    noSuggestionCase(flowing("keeper.keep(load(id));\n  const row = pending;"), carried("row"), LINE, 24),
    noSuggestionCase(flowing("[load(id)].forEach(remember);\n  const row = pending;"), carried("row"), LINE, 24),
  ],
});

describe("the rewrites of the twins", () => {
  it("parse", () => {
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});
