// rewrite-32's adversarial set around prefer-with-client's rewrite: async work reached through indirection — closures
// stored in a list or a Map, callbacks handed to a helper of the file, a returned thenable whose `then` starts the
// work, generators and `for await`, an event listener, `process.nextTick` / `setImmediate` using the client, a client
// captured by a returned object, `return client.query(…)` against `return await`, `.then` chains, `Promise.all` of
// client work without `await`, bound, destructured, kept and spread functions, a callee in a branch. Each is either
// refused with its reason or fixed with the output asserted, and every fix is re-parsed and offered no second fix.
// Verdicts read by hand: a fix is right when the rewritten code holds the client no longer than for its own
// client's work (`return client.query(…)`: the callback now waits for the query the original released the client
// under — the original's bug, which no-unawaited-client-work reports, is what the rewrite fixes), and where it hands
// over a value withClient's `await` does not adopt (an array, an object, a generator object, a thenable whose `then`
// does no async work) as the original did. Listeners and timers using the client after the release do so in the
// original and the rewrite alike (no-use-after-release's and no-unawaited-client-work's findings, not this rule's).
// `globalThis.load(id)` cannot be followed: like an import's method, not known to give a promise, and fixed
// (documented). `eval("load")(id)`, fixed so too, is refused since rewrite-33 for the direct eval itself (outside
// strict mode its `var`s would become the callback's), which also closes that held promise.
import { parse } from "@typescript-eslint/parser";
import { Linter } from "eslint";
import * as tsParser from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import preferWithClient from "../../rules/prefer-with-client.js";
import { HOLD_TAIL, heldReturnCases } from "../support/held-return-cases.js";
import { ruleTester } from "../support/rule-tester.js";

const HEAD = `const { query, pool } = require("./db");
const { emitter } = require("./events");
`;
const LOAD = `async function load(id) {
  return (await query("SELECT 1", [id])).rows[0];
}
function plain(id) {
  return { id };
}
`;
const { outputs, refused, fixed } = heldReturnCases(HEAD, LOAD);

ruleTester.run("prefer-with-client: rewrite-32's adversarial set", preferWithClient, {
  valid: [],
  invalid: [
    refused("const fns = [load];\n    return fns[0](id);", `\`fns[0](…)\`, an async function of the file, is returned without \`await\`: ${HOLD_TAIL} (its pool work a second checkout)`),
    refused("const m = new Map([[\"l\", load]]);\n    return m.get(\"l\")(id);", `\`m\` may be or carry the promise of \`load(…)\`, an async function, which the callback would return: ${HOLD_TAIL} (its pool work a second checkout)`),
    refused("const m = new Map();\n    m.set(\"l\", load);\n    return m.get(\"l\")(id);", `\`m\` may be or carry the promise of \`load(…)\`, an async function, which the callback would return: ${HOLD_TAIL} (its pool work a second checkout)`),
    refused("const handlers = { load };\n    return handlers[\"load\"](id);", `\`handlers.load(…)\`, an async method of an object of the file, is returned without \`await\`: ${HOLD_TAIL} (its pool work a second checkout)`),
    refused("function run(f) { return f(id); }\n    return run(load);", `\`load\` may be or carry the promise of \`load(…)\`, an async function, which the callback would return: ${HOLD_TAIL} (its pool work a second checkout)`),
    refused("const thenable = { then(r) { load(id).then(r); } };\n    return thenable;", `\`thenable\` may be the promise of \`load(…)\`, an async function, which the callback would return: ${HOLD_TAIL} (its pool work a second checkout)`),
    fixed("const thenable = { then: (r) => r(plain(id)) };\n    return thenable;"),
    fixed("async function* gen() { yield await client.query(\"SELECT 1\"); }\n    return gen();"),
    fixed("function* gen() { yield client.query(\"SELECT 1\"); }\n    return gen().next().value;"),
    fixed("for await (const r of [client.query(\"SELECT 1\")]) { void r; }\n    return 1;"),
    fixed("emitter.on(\"x\", () => client.query(\"SELECT 1\"));\n    return 1;"),
    fixed("process.nextTick(() => client.query(\"SELECT 1\"));\n    return 1;"),
    fixed("setImmediate(() => client.query(\"SELECT 1\"));\n    return 1;"),
    fixed("return { q: () => client.query(\"SELECT 1\") };"),
    fixed("return client.query(\"SELECT 1\");"),
    fixed("return await client.query(\"SELECT 1\");"),
    fixed("return client.query(\"SELECT 1\").then((r) => r.rows);"),
    fixed("return Promise.all([client.query(\"SELECT 1\"), client.query(\"SELECT 2\")]);"),
    refused("return Promise.all([load(id), load(id)]);", `\`load(…)\`, an async function, is returned without \`await\`: ${HOLD_TAIL} (its pool work a second checkout)`),
    fixed("Promise.all([client.query(\"SELECT 1\")]);\n    return 1;"),
    refused("return load(id).then((r) => r);", `\`load(…)\`, an async function, is returned without \`await\`: ${HOLD_TAIL} (its pool work a second checkout)`),
    refused("return Promise.resolve().then(() => load(id));", `\`load(…)\`, an async function, is returned without \`await\`: ${HOLD_TAIL} (its pool work a second checkout)`),
    refused("const p = Promise.resolve(id).then(load);\n    return p;", `\`p\` may be or carry the promise of \`load(…)\`, an async function, which the callback would return: ${HOLD_TAIL} (its pool work a second checkout)`),
    refused("return new Promise((resolve) => resolve(load(id)));", `\`load(…)\`, an async function, is returned without \`await\`: ${HOLD_TAIL} (its pool work a second checkout)`),
    fixed("return [load(id)];"),
    fixed("return { row: load(id) };"),
    refused("const later = () => load(id);\n    return later();", `\`later(…)\`, a function that returns a promise, is returned without \`await\`: ${HOLD_TAIL} (its pool work a second checkout)`),
    refused("const later = async () => plain(id);\n    return later();", `\`later(…)\`, an async function, is returned without \`await\`: ${HOLD_TAIL} (its pool work a second checkout)`),
    refused("const box = { get p() { return load(id); } };\n    return box.p;", `\`box\` may be or carry the promise of \`load(…)\`, an async function, which the callback would return: ${HOLD_TAIL} (its pool work a second checkout)`),
    refused("const o = { async run() { return load(id); } };\n    const { run } = o;\n    return run();", `\`run(…)\`, an async method of an object of the file, is returned without \`await\`: ${HOLD_TAIL} (its pool work a second checkout)`),
    refused("const o = { run: load };\n    return (o?.run)(id);", `\`o.run(…)\`, an async method of an object of the file, is returned without \`await\`: ${HOLD_TAIL} (its pool work a second checkout)`),
    refused("const o = { run: load };\n    return o.run?.(id);", `\`o.run(…)\`, an async method of an object of the file, is returned without \`await\`: ${HOLD_TAIL} (its pool work a second checkout)`),
    refused("const arr = [1].map(() => load(id));\n    return arr[0];", `\`arr\` may be the promise of \`load(…)\`, an async function, which the callback would return: ${HOLD_TAIL} (its pool work a second checkout)`),
    refused("const p = load(id);\n    p.catch(() => {});\n    return p;", `\`p\` may be the promise of \`load(…)\`, an async function, which the callback would return: ${HOLD_TAIL} (its pool work a second checkout)`),
    refused("const o = { load };\n    return Reflect.apply(o.load, o, [id]);", `\`o.load(…)\`, an async method of an object of the file, is returned without \`await\`: ${HOLD_TAIL} (its pool work a second checkout)`),
    refused("const cb = load.bind(null);\n    return cb(id);", `\`cb(…)\`, an async function of the file, is returned without \`await\`: ${HOLD_TAIL} (its pool work a second checkout)`),
    fixed("const x = plain(id);\n    return x;"),
    fixed("return plain(id);"),
    refused("const [first] = [load];\n    return first(id);", `\`first(…)\`, an async function of the file, is returned without \`await\`: ${HOLD_TAIL} (its pool work a second checkout)`),
    refused("return (await Promise.resolve(load))(id);", `\`await Promise.resolve(load)(…)\`, an async function of the file, is returned without \`await\`: ${HOLD_TAIL} (its pool work a second checkout)`),
    refused("return (id ? load : plain)(id);", `\`id ? load : plain(…)\`, an async function of the file, is returned without \`await\`: ${HOLD_TAIL} (its pool work a second checkout)`),
    refused("return eval(\"load\")(id);", "a direct `eval` runs in the body: outside strict mode the `var`s and functions it declares would belong to the callback, not the function"),
    fixed("return globalThis.load(id);"),
    refused("const api = { load };\n    const api2 = { ...api };\n    const { load: l } = api2;\n    return l(id);", `\`l(…)\`, an async method of an object of the file, is returned without \`await\`: ${HOLD_TAIL} (its pool work a second checkout)`),
    refused("class K { static async f(id) { return load(id); } }\n    const { f } = K;\n    return f(id);", `\`f(…)\`, an async method of an object of the file, is returned without \`await\`: ${HOLD_TAIL} (its pool work a second checkout)`),
    refused("class K { static async f(id) { return load(id); } }\n    return K[\"f\"](id);", `\`K.f(…)\`, an async function, is returned without \`await\`: ${HOLD_TAIL} (its pool work a second checkout)`),
    refused("const holder = { api: { load } };\n    const { api: { load: deep } } = holder;\n    return deep(id);", `\`deep(…)\`, an async method of an object of the file, is returned without \`await\`: ${HOLD_TAIL} (its pool work a second checkout)`),
  ],
});

describe("the fixes of the adversarial set", () => {
  const linter = new Linter({ configType: "flat" });
  const config = [
    {
      files: ["**/*.ts"],
      languageOptions: { parser: tsParser },
      plugins: { poolguard: { rules: { "prefer-with-client": preferWithClient } } },
      rules: { "poolguard/prefer-with-client": "error" },
    },
  ] as unknown as Linter.Config[];
  it("parse and are offered no second fix", () => {
    expect(outputs.length).toBeGreaterThan(15);
    for (const output of outputs) {
      expect(() => parse(output, { sourceType: "module" })).not.toThrow();
      expect(linter.verifyAndFix(output, config, "file.ts").fixed, output).toBe(false);
    }
  });
});
