// rewrite-30's probes: a storing method whose value escapes into a variable by a road wrapped-calls.ts did not read
// (an array, a conditional, an object's key, a `let` assigned later: escaped-functions.ts), a spread or a pattern
// that runs an object's getters or its iterator and whose copy is read further (object-reads.ts), and the two
// over-refusals rewrite-z left — an array of promises returned (`return [id].map(load)`) and a pattern read whole
// (`const { plain } = lazyBoth`); then the three refusals rewrite-30 left (rewrite-31: a list visited by an arrow
// function, a spread copy read by one name, an array's own `map` read as a filling). Each refused form holds the
// client until the promise settles where the original gave it back as it started; each twin is the same shape with a plain function, or a getter the read does not run.
// Every case runs under typescript-eslint's parser (RuleTester) and ESLint's default parser, espree (the last block).
import { parse } from "@typescript-eslint/parser";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import preferWithClient from "../../rules/prefer-with-client.js";
import { HOLD_TAIL, heldPromiseReason, heldReturnCases, returnedCallReason } from "../support/held-return-cases.js";
import { leakSuggestionHarness, noSuggestionCase, suggestionCase } from "../support/leak-suggestion-harness.js";
import { ruleTester } from "../support/rule-tester.js";

const carried = (name: string) => heldPromiseReason(name, undefined, true);
const escaped = (name: string, where: string) =>
  `\`${name}\` may be or carry a promise handed to its function where \`${where}\` takes the function out of sight (its calls there are not followed): ${HOLD_TAIL}`;

const HEAD = `const { query, pool } = require("./db");
`;
const LOAD = `async function load(id) {
  return (await query("SELECT 1", [id])).rows[0];
}
function find(id) {
  return { id };
}
const other = (p) => p;
let pending = null;
class Keeper {
  keep(p) { pending = p; }
}
const keeper = new Keeper();
const exposed = () => ({ keep: keeper.keep });
const lazyBoth = { name: "both", get row() { return load(1); }, get plain() { return find(1); } };
class LazyBoth {
  get row() { return load(this.id); }
  get plain() { return find(this.id); }
}
const lazyBothOne = new LazyBoth();
const iterableWithGetter = { *[Symbol.iterator]() { yield lazyBoth.row; } };
const iterablePlain = { *[Symbol.iterator]() { yield lazyBoth.plain; } };
const lazyThis = { get row() { this.p = load(1); return 1; }, get plain() { return this.p; } };
`;
const cases = heldReturnCases(HEAD, LOAD);
const { outputs } = cases;
const all: Array<{ code: string; output: string | null }> = [];
const refused = (lines: string, reason: string) => {
  const test = { ...cases.refused(lines, reason), name: `refused: ${lines}` };
  all.push(test);
  return test;
};
const fixed = (lines: string) => {
  const test = { ...cases.fixed(lines), name: `fixed: ${lines}` };
  all.push(test);
  return test;
};

ruleTester.run("prefer-with-client: a storing method whose value escapes into a variable", preferWithClient, {
  valid: [],
  invalid: [
    refused("const [k] = [keeper.keep];\n    k(load(id));\n    return pending;", carried("pending")),
    refused("const k = id ? keeper.keep : other;\n    k(load(id));\n    return pending;", carried("pending")),
    refused("const k = keeper.keep || other;\n    k(load(id));\n    return pending;", carried("pending")),
    refused("(id ? keeper.keep : other)(load(id));\n    return pending;", carried("pending")),
    refused("const k = keeper.keep.bind(keeper);\n    k(load(id));\n    return pending;", carried("pending")),
    refused("const fns = { k: keeper.keep };\n    fns.k(load(id));\n    return pending;", carried("pending")),
    refused("const fns = [keeper.keep];\n    fns[0](load(id));\n    return pending;", carried("pending")),
    refused("const fns = [keeper.keep];\n    const [k] = fns;\n    k(load(id));\n    return pending;", carried("pending")),
    refused("const { k } = { k: keeper.keep };\n    k(load(id));\n    return pending;", carried("pending")),
    refused("let k;\n    k = keeper.keep;\n    k(load(id));\n    return pending;", carried("pending")),
    refused("const k = keeper.keep;\n    const k2 = k;\n    k2(load(id));\n    return pending;", carried("pending")),
    // Places not followed: a list iterated by `map` (its result may hold the elements), a member written — the calls
    // there are not known. (A list visited by an arrow function is followed since rewrite-31: the last block.)
    refused("const fns = [keeper.keep];\n    fns.map((f) => f(load(id)));\n    return pending;", escaped("pending", "fns.map")),
    refused("const holder = {};\n    holder.k = keeper.keep;\n    holder.k(load(id));\n    return pending;", escaped("pending", "keeper.keep")),
    // Twins: the same roads with a plain function.
    fixed("const [k] = [keeper.keep];\n    k(find(id));\n    return pending;"),
    fixed("const k = id ? keeper.keep : other;\n    k(find(id));\n    return pending;"),
    fixed("const fns = { k: keeper.keep };\n    fns.k(find(id));\n    return pending;"),
    fixed("const fns = [keeper.keep];\n    const [k] = fns;\n    k(find(id));\n    return pending;"),
    fixed("let k;\n    k = keeper.keep;\n    k(find(id));\n    return pending;"),
    // Handed to the caller (a factory's object, as daitasu/postgres-mcp's `return { getTableSchema }`): outside, as an export.
    fixed("keeper.keep(find(id));\n    return pending;"),
    // Escaped, but what is returned is not what it fills.
    fixed("const fns = [keeper.keep];\n    fns.forEach((f) => f(load(id)));\n    return id;"),
  ],
});

ruleTester.run("prefer-with-client: a spread that runs an object's getters", preferWithClient, {
  valid: [],
  invalid: [
    refused("return { ...lazyBoth }.row;", carried("lazyBoth")),
    refused("const copy = { ...lazyBoth };\n    return copy.row;", carried("copy")),
    refused("const { row } = { ...lazyBoth };\n    return row;", carried("row")),
    refused("const [first] = [...iterableWithGetter];\n    return first;", carried("first")),
    refused("return [...iterableWithGetter][0];", carried("iterableWithGetter")),
    // The spread copy is the value itself, or kept as it is: no `then` in it, `await` hands it over at once.
    fixed("return { ...lazyBoth };"),
    fixed("const copy = { ...lazyBoth };\n    return copy;"),
    fixed("return [...iterableWithGetter];"),
    fixed("const [first] = [...iterablePlain];\n    return first;"),
    fixed("return [...iterablePlain][0];"),
  ],
});

ruleTester.run("prefer-with-client: the over-refusals rewrite-z left", preferWithClient, {
  valid: [],
  invalid: [
    // An array of promises returned: no thenable, handed over at once as the original did.
    fixed("return [id].map(load);"),
    fixed("const ps = [id].map(load);\n    return ps;"),
    refused("return Promise.all([id].map(load));", carried("load")),
    refused("return [id].map(load)[0];", carried("load")),
    refused("const ps = [id].map(load);\n    return ps[0];", carried("ps")),
    refused("return [id].find(load);", carried("load")),
    // A pattern reads the names it destructures, when no rest element copies the others.
    fixed("const { plain } = lazyBoth;\n    return plain;"),
    fixed("const { plain: p } = lazyBoth;\n    return p;"),
    fixed("const { plain } = lazyBothOne;\n    return plain;"),
    fixed("let plain;\n    ({ plain } = lazyBoth);\n    return plain;"),
    refused("const { row } = lazyBoth;\n    return row;", carried("row")),
    refused("const { row } = lazyBothOne;\n    return row;", carried("row")),
    refused("const { plain, ...rest } = lazyBoth;\n    return plain;", carried("plain")),
    refused("const { plain, row } = lazyBoth;\n    return plain;", carried("plain")),
  ],
});

ruleTester.run("prefer-with-client: the refusals rewrite-30 left (rewrite-31)", preferWithClient, {
  valid: [],
  invalid: [
    // A list of storing functions visited by an arrow function: its parameter holds each element, followed to its calls.
    fixed("const fns = [keeper.keep];\n    fns.forEach((f) => f(find(id)));\n    return pending;"),
    fixed("const fns = [keeper.keep];\n    fns.some((f) => f(find(id)));\n    return pending;"),
    refused("const fns = [keeper.keep];\n    fns.forEach((f) => f(load(id)));\n    return pending;", carried("pending")),
    refused("const fns = [keeper.keep];\n    fns.every((f) => f(load(id)));\n    return pending;", carried("pending")),
    // Not followed: the array itself handed to the callback, a `function` (its `arguments`), a result holding elements.
    refused("const fns = [keeper.keep];\n    fns.forEach((f, i, all) => all[0](find(id)));\n    return pending;", escaped("pending", "fns.forEach")),
    refused("const fns = [keeper.keep];\n    fns.forEach(function (f) { f(find(id)); });\n    return pending;", escaped("pending", "fns.forEach")),
    refused("const fns = [keeper.keep];\n    fns.map((f) => f(find(id)));\n    return pending;", escaped("pending", "fns.map")),
    // A spread copy read at once by one name: that name's getter gives the value (the others' values are dropped).
    fixed("return { ...lazyBoth }.plain;"),
    fixed('return { ...lazyBoth }["plain"];'),
    refused("return { ...lazyBoth }[id];", carried("lazyBoth")),
    refused("return { ...lazyBoth, plain: load(id) }.plain;", returnedCallReason("`load(…)`, an async function")),
    refused("return { ...lazyThis }.plain;", carried("lazyThis")),
    // An array's own `map` (`forEach`…) reads it and leaves it as it is: no container filled.
    fixed("const ids = [id];\n    return ids.map(load);"),
    fixed("const ids = [id];\n    const ps = ids.map(load);\n    return ps;"),
    fixed("const ids = [id];\n    ids.map(load);\n    return ids;"),
    fixed("const ids = [id];\n    ids.map(load);\n    return ids[0];"),
    refused("const ids = [id];\n    return ids.map(load)[0];", carried("load")),
    refused("let ids = [id];\n    return ids.map(load);", carried("load")),
    // Unless the callback is handed the array (review-31b): its third parameter, `this` by a second argument, `arguments`.
    refused("const ids = [id];\n    ids.forEach((x, i, all) => all.push(load(x)));\n    return ids[1];", carried("ids")),
    refused("const ids = [id];\n    ids.forEach(function () { this.push(load(id)); }, ids);\n    return ids[1];", carried("ids")),
    refused("const ids = [id];\n    ids.forEach(function (x) { arguments[2].push(load(x)); });\n    return ids[1];", carried("ids")),
    fixed("const ids = [id];\n    ids.forEach((x, i) => load(x));\n    return ids[0];"),
    // Not an array for sure: its `map` may be any method that stores what it is handed.
    refused("const box = {};\n    box.map(load(id));\n    return box.p;", carried("box")),
  ],
});

const IMPORT = 'import { withClient } from "poolguard/runtime";\n';
const suggestionOutputs: string[] = [];

ruleTester.run("leak-suggestion-harness: a client resolved inside a value made of it", leakSuggestionHarness, {
  valid: [],
  invalid: [
    // Reduced from idaholab/Deep-Lynx's Mapper#startTransaction: the caller commits and releases the client later;
    // withClient would give it back as the promise settles (check-rewrites: the suggestion added unawaited work).
    noSuggestionCase(
      `async function start(pool, Result) {
  const client = await pool.connect();
  return new Promise((resolve) => {
    client.query("BEGIN").then(() => resolve(Result.Success(client)));
  });
}`,
      "the client is handed over (returned or stored), so it must outlive the block",
    ),
    // Twin: a value made of the client and handed to another call is no hand-over.
    suggestionCase(
      suggestionOutputs,
      `async function audit(pool, record, label) {
  const client = await pool.connect();
  await record(label(client));
  client.release();
}`,
      `${IMPORT}async function audit(pool, record, label) {
  await withClient(pool, async (client) => {
    await record(label(client));
  });
}`,
    ),
  ],
});

describe("the rewrites of the twins", () => {
  it("parse", () => {
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of [...outputs, ...suggestionOutputs]) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });

  it("are the same under ESLint's default parser (espree): each refusal refused, each fix the same output", () => {
    const linter = new Linter();
    const config = { files: ["**/*.js"], plugins: { poolguard: { rules: { "prefer-with-client": preferWithClient } } }, rules: { "poolguard/prefer-with-client": "error" } };
    for (const { code, output } of all) {
      const fixedCode = linter.verifyAndFix(code, [config as unknown as Linter.Config], { filename: "file.js" });
      expect(fixedCode.messages.filter((message) => message.fatal)).toEqual([]);
      expect(fixedCode.fixed ? fixedCode.output : null).toBe(output);
    }
  });
});
