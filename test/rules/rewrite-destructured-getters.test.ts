// rewrite-z's probes of the forms rewrite-y left and of hidden-promises.ts read adversarially: a storing method
// reached through destructuring (`const { keep } = keeper; keep(load(id))`, `const { set } = registry` bound or
// not), a getter read by its name where the object has other getters (`lazyBoth.plain` beside a `row` that gives a
// promise: only `plain` runs), and the roads by which `this` or a getter may be filled that hidden-promises.ts did not
// read. Each refused form holds the client until the promise settles where the original gave it back as it started;
// each twin is the same shape with a plain function, or a getter not run by the read.
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import preferWithClient from "../../rules/prefer-with-client.js";
import { HOLD_TAIL, heldInClassCases, heldPromiseReason, heldReturnCases } from "../support/held-return-cases.js";
import { ruleTester } from "../support/rule-tester.js";

const carried = (name: string, what?: string) => heldPromiseReason(name, what, true);
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
class Keeper {
  keep(p) { pending = p; }
}
const keeper = new Keeper();
const plainKeeper = { keep: (p) => { pending = p; } };
let stashed = null;
const stasher = { stash(p) { stashed = p; } };
function useStasher({ stash }, id) {
  stash(load(id));
}
let tucked = null;
const tucker = { tuck(p) { tucked = p; } };
function useTucker({ tuck }, id) {
  tuck(find(id));
}
const registry = new Map();
const lazyBoth = { name: "both", get row() { return load(1); }, get plain() { return find(1); } };
class LazyBoth {
  get row() { return load(this.id); }
  get plain() { return find(this.id); }
}
const lazyBothOne = new LazyBoth();
class LazyDerived extends LazyBoth {}
const lazyDerivedOne = new LazyDerived();
const lazyStore = { get plain() { this.p = load(1); return this.p; } };
const defined = {};
Object.defineProperty(defined, "row", { get: () => load(1) });
class StaticLazy {
  static get row() { return load(1); }
  static get plain() { return find(1); }
}
const LazyExpr = class {
  static get row() { return load(1); }
};
const lazyExprOne = new LazyExpr();
async function* rows(id) {
  yield (await query("SELECT 1", [id])).rows[0];
}
const repo = { async *rows(id) { yield (await query("SELECT 1", [id])).rows[0]; } };
`;
const cases = heldReturnCases(HEAD, LOAD);
const { outputs } = cases;
const refused = (lines: string, reason: string) => ({ ...cases.refused(lines, reason), name: `refused: ${lines}` });
const fixed = (lines: string) => ({ ...cases.fixed(lines), name: `fixed: ${lines}` });

ruleTester.run("prefer-with-client: a storing method reached through destructuring", preferWithClient, {
  valid: [],
  invalid: [
    refused("const { keep } = keeper;\n    keep(load(id));\n    return pending;", carried("pending")),
    refused("const { keep: k } = keeper;\n    k(load(id));\n    return pending;", carried("pending")),
    refused("const { keep } = plainKeeper;\n    keep.call(null, load(id));\n    return pending;", carried("pending")),
    refused("useStasher(stasher, id);\n    return stashed;", carried("stashed")),
    refused("const { set } = registry;\n    set.call(registry, id, load(id));\n    return registry.get(id);", carried("registry")),
    refused("const { set } = registry;\n    const bound = set.bind(registry);\n    bound(id, load(id));\n    return registry.get(id);", carried("registry")),
    refused("const { set } = registry;\n    set(id, load(id));\n    return registry.get(id);", carried("registry")),
    fixed("const { keep } = keeper;\n    keep(find(id));\n    return pending;"),
    fixed("const { keep: k } = keeper;\n    k(find(id));\n    return pending;"),
    fixed("useTucker(tucker, id);\n    return tucked;"),
    fixed("const { set } = registry;\n    set.call(registry, id, find(id));\n    return registry.get(id);"),
    // `keep` destructured and called, but what is returned is not what it fills.
    fixed("const { keep } = keeper;\n    keep(load(id));\n    return id;"),
  ],
});

ruleTester.run("prefer-with-client: a getter read by its name", preferWithClient, {
  valid: [],
  invalid: [
    refused("return lazyBoth.row;", carried("lazyBoth")),
    refused("return lazyBothOne.row;", carried("lazyBothOne")),
    refused("return lazyBoth[id];", carried("lazyBoth")),
    refused("return lazyDerivedOne.row;", carried("lazyDerivedOne")),
    refused("return lazyStore.plain;", carried("lazyStore")),
    refused("return defined.row;", carried("defined")),
    refused("return StaticLazy.row;", carried("StaticLazy")),
    // Only the getter read runs: `plain` and a data property beside a `row` that gives a promise.
    fixed("return lazyBoth.plain;"),
    fixed("return lazyBoth.name;"),
    fixed("return lazyBothOne.plain;"),
    fixed("return lazyDerivedOne.plain;"),
    fixed("return StaticLazy.plain;"),
    refused("return LazyExpr.row;", carried("LazyExpr")),
    // A static getter is the class's, not its instances': `new LazyExpr()` reads no `row` of the class.
    fixed("return lazyExprOne.row;"),
  ],
});

ruleTester.run("prefer-with-client: this and generator methods hidden-promises.ts did not read", preferWithClient, {
  valid: [],
  invalid: [
    // Already right: an async generator method of an object of the file is an async method.
    refused("return repo.rows(id).next();", "`repo.rows(…)`, an async method of an object of the file, is returned without `await`: the original gave the client back as it started, the callback would hold the client until it ends (its pool work a second checkout)"),
    refused("return rows.call(null, id).next();", stepped("rows")),
    refused("return lazyBoth?.row;", carried("lazyBoth")),
    refused("const { row } = lazyBoth;\n    return row;", carried("row")),
    fixed("return rows.call(null, id);"),
  ],
});

// The class's own method holds the client; `this.pending` is filled by a destructuring assignment or Object.assign.
const inClass = heldInClassCases(HEAD, LOAD, "", outputs);
const classRefused = (lines: string) => inClass.refused(lines, carried("this"));
const classFixed = inClass.fixed;

ruleTester.run("prefer-with-client: this filled by a pattern or Object.assign", preferWithClient, {
  valid: [],
  invalid: [
    classRefused("[this.pending] = [load(id)];\n      return this.pending;"),
    classRefused("({ p: this.pending } = { p: load(id) });\n      return this.pending;"),
    classRefused("Object.assign(this, { pending: load(id) });\n      return this.pending;"),
    classFixed("[this.pending] = [find(id)];\n      return this.pending;"),
    classFixed("Object.assign(this, { pending: find(id) });\n      return this.pending;"),
  ],
});

describe("the rewrites of the twins", () => {
  it("parse", () => {
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});
