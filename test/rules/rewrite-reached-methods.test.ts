// rewrite-32's known wrong fix: an async method of an object of the file reached by any road but `holder.find(id)` of
// a `const` holder was taken for a plain call, and the rewrite returned its promise from withClient's callback, whose
// `await` holds the client until it settles where the original had given it back as it started (its pool work a
// second checkout of the same pool). The roads of method-holders.ts: destructured (`const { find } = api`, renamed,
// nested, with a default), kept (`const find = api.find`, bound), copied (`{ ...api }`, `Object.assign({}, api)`),
// aliased (`const a = api`, a `let`), a path or a getter's value (`api.nested.find`, `api.self.find`), a branch
// (`c ? api : other`), an element of a list written in place, a class's prototype, a computed key, `this` of an
// object literal's method, `new Repo()` in place, a subclass's instance. Twins: the same roads to a method that is
// not async, and to an object the file does not write (an import: not known to give a promise, fixed as before).
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import preferWithClient from "../../rules/prefer-with-client.js";
import { heldInClassCases, heldPromiseReason, heldReturnCases, returnedCallReason } from "../support/held-return-cases.js";
import { ruleTester } from "../support/rule-tester.js";

const method = (name: string) => returnedCallReason(`\`${name}(…)\`, an async method of an object of the file`);
const fn = (name: string) => returnedCallReason(`\`${name}(…)\`, an async function of the file`);
const carried = (name: string, callee: string) => heldPromiseReason(name, `\`${callee}(…)\`, an async method of an object of the file`, true);

const HEAD = `const { query, pool } = require("./db");
const { other } = require("./other");
`;
const LOAD = `async function load(id) {
  return (await query("SELECT 1", [id])).rows[0];
}
const api = {
  async find(id) { return load(id); },
  get(id) { return { id }; },
  get self() { return this; },
  nested: { async find(id) { return load(id); }, get(id) { return { id }; } },
};
class Repo {
  async find(id) { return load(id); }
  get(id) { return { id }; }
  get self() { return this; }
}
class SubRepo extends Repo {}
const repo = new Repo();
const sub = new SubRepo();
`;
const { outputs, refused, fixed } = heldReturnCases(HEAD, LOAD);

ruleTester.run("prefer-with-client: an async method of an object of the file reached past `holder.find(id)`", preferWithClient, {
  valid: [],
  invalid: [
    // Destructured: plain, renamed, nested with a default, a default that is the async method.
    refused("const { find } = api;\n    return find(id);", method("find")),
    refused("const { find: f } = api;\n    return f(id);", method("f")),
    refused("const { nested: { find } = {} } = api;\n    return find(id);", method("find")),
    refused("const { find = api.find } = other;\n    return find(id);", method("find")),
    refused("const { find } = api;\n    return find.call(api, id);", method("find")),
    // Kept in a name, bound or not.
    refused("const find = api.find;\n    return find(id);", method("find")),
    refused("const find = api.find.bind(api);\n    return find(id);", method("find")),
    // A copy: spread, Object.assign, an alias (`const`, `let`), a branch.
    refused("return { ...api }.find(id);", method("{ ...api }.find")),
    refused("const copy = { ...api };\n    return copy.find(id);", method("copy.find")),
    refused("return Object.assign({}, api).find(id);", method("Object.assign({}, api).find")),
    refused("const a = api;\n    return a.find(id);", method("a.find")),
    refused("let a = api;\n    return a.find(id);", method("a.find")),
    refused("return (id > 0 ? api : other).find(id);", method("(id > 0 ? api : other).find")),
    refused("return (other ?? api).find(id);", method("(other ?? api).find")),
    // A path, a getter's value, a list written in place, a prototype, a computed key.
    refused("return api.nested.find(id);", method("api.nested.find")),
    refused('return api["nested"]["find"](id);', method('api["nested"]["find"]')),
    refused("return api.self.find(id);", method("api.self.find")),
    refused("return repo.self.find(id);", method("repo.self.find")),
    refused("return [api][0].find(id);", method("[api][0].find")),
    refused("return Repo.prototype.find.call(repo, id);", method("Repo.prototype.find")),
    refused('const k = "find";\n    return api[k](id);', method("api[k]")),
    // An instance made in place, a subclass's instance.
    refused("return new Repo().find(id);", method("new Repo().find")),
    refused("return sub.find(id);", method("sub.find")),
    // Found while hunting (rewrite-32's adversarial set): `Reflect.apply` of a member, a bound function kept in a
    // `const`, an element of an array pattern, either branch of a callee, a function awaited out of a promise.
    refused("return Reflect.apply(api.find, api, [id]);", method("api.find")),
    refused("const keep = load.bind(null);\n    return keep(id);", fn("keep")),
    refused("const [first] = [load];\n    return first(id);", fn("first")),
    refused("return (id > 0 ? load : other)(id);", fn("id > 0 ? load : other")),
    refused("return (await Promise.resolve(load))(id);", fn("await Promise.resolve(load)")),
    // Carried in a variable returned.
    refused("const { find } = api;\n    const p = find(id);\n    return p;", carried("p", "find")),
    // Twins: the same roads to a method that is not async, and to an object the file does not write.
    fixed("const { get } = api;\n    return get(id);"),
    fixed("const { get: find } = api;\n    return find(id);"),
    fixed("const { nested: { get } } = api;\n    return get(id);"),
    fixed("const { find } = other;\n    return find(id);"),
    fixed("const find = api.get;\n    return find(id);"),
    fixed("return { ...api }.get(id);"),
    fixed("const copy = { ...other };\n    return copy.find(id);"),
    fixed("const a = api;\n    return a.get(id);"),
    fixed("return api.nested.get(id);"),
    fixed("return api.self.get(id);"),
    fixed("return new Repo().get(id);"),
    fixed("return sub.get(id);"),
    fixed("return other.self.find(id);"),
    fixed("const keep = other.bind(null);\n    return keep(id);"),
    fixed("const [first] = [other];\n    return first(id);"),
    fixed("return Reflect.apply(api.get, api, [id]);"),
  ],
});

// `this` of the method that holds the client: a class's (returned-async-calls.ts reads `this.find`) and an object
// literal's, destructured or read.
const inClass = heldInClassCases(HEAD, LOAD, "async find(id) { return load(id); } get(id) { return { id }; }", outputs);
const OBJECT_HEAD = `${HEAD}${LOAD}const service = {
  async find(id) { return load(id); },
  get(id) { return { id }; },
  async deactivate(id) {
    const client = await pool.connect();
    try {
      await client.query("UPDATE assets SET active = false WHERE id = $1", [id]);
      `;
const OBJECT_TAIL = `
    } finally {
      client.release();
    }
  },
};`;
const objectLine = `${HEAD}${LOAD}`.split("\n").length + 4;
const inObject = (lines: string, reason: string) => ({
  code: `${OBJECT_HEAD}${lines}${OBJECT_TAIL}`,
  output: null,
  errors: [{ messageId: "preferWithClientNoFix" as const, line: objectLine, column: 5, data: { client: "client", pool: "pool", helper: "withClient", reason } }],
});

ruleTester.run("prefer-with-client: an async method reached through `this`", preferWithClient, {
  valid: [],
  invalid: [
    inClass.refused("const { find } = this;\n      return find.call(this, id);", method("find")),
    inClass.fixed("const { get } = this;\n      return get.call(this, id);"),
    inObject("return this.find(id);", method("this.find")),
    inObject("const { find } = this;\n      return find.call(this, id);", method("find")),
  ],
});

// CommonJS exports and factories of the file: `module.exports = { async find() {…} }` read back as
// `module.exports.find(id)` or `exports.find(id)`, `exports.load = load`, what a function of the file returns
// (`makeRepo()`, `new Factory().make()`, `await makeRepoAsync()`), `Object.create(proto)`.
const MADE = `${LOAD}function makeRepo() {
  return { async find(id) { return load(id); }, get(id) { return { id }; } };
}
async function makeRepoAsync() {
  return { async find(id) { return load(id); }, get(id) { return { id }; } };
}
class Factory {
  make() { return { find: load, get: (id) => ({ id }) }; }
}
const proto = { async find(id) { return load(id); }, get(id) { return { id }; } };
module.exports = { async find(id) { return load(id); }, get(id) { return { id }; } };
exports.load = load;
exports.plain = (id) => ({ id });
`;
const made = heldReturnCases(HEAD, MADE);

ruleTester.run("prefer-with-client: an async method of CommonJS exports or of what a function of the file makes", preferWithClient, {
  valid: [],
  invalid: [
    made.refused("return module.exports.find(id);", method("module.exports.find")),
    made.refused("return exports.find(id);", method("exports.find")),
    made.refused("return exports.load(id);", method("exports.load")),
    made.refused("const repo = makeRepo();\n    return repo.find(id);", method("repo.find")),
    made.refused("return makeRepo().find(id);", method("makeRepo().find")),
    made.refused("const { find } = makeRepo();\n    return find(id);", method("find")),
    made.refused("const repo = new Factory().make();\n    return repo.find(id);", method("repo.find")),
    made.refused("const repo = await makeRepoAsync();\n    return repo.find(id);", method("repo.find")),
    made.refused("const repo = Object.create(proto);\n    return repo.find(id);", method("repo.find")),
    // Twins: the same roads to a method that is not async.
    made.fixed("return module.exports.get(id);"),
    made.fixed("return exports.plain(id);"),
    made.fixed("return makeRepo().get(id);"),
    made.fixed("const repo = new Factory().make();\n    return repo.get(id);"),
    made.fixed("const repo = await makeRepoAsync();\n    return repo.get(id);"),
    made.fixed("const repo = Object.create(proto);\n    return repo.get(id);"),
  ],
});

describe("the rewrites of the twins", () => {
  it("parse", () => {
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of [...outputs, ...made.outputs]) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});
