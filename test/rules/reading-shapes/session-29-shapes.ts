// Shapes written to break session 29's readings (review-k): a pool taken from a registry the file keeps
// (pool-registries.ts), a callback helper handing on a wrapper of done (callback-checkout-functions.ts), a release
// guarded by a flag some earlier release left unset (unset-flag-releases.ts), a break/continue running a releasing
// finally (finally-jumps.ts), done called again in a function made after a first release (later-function-releases.ts),
// co's yielded batch of mapped generators (batched-checkouts.ts), formatResponse releasing what the context holds
// (apollo-format-response.ts), a constructor parameter property with a default (class-checkouts), a function declared
// between a query and the release (synchronous-run.ts), an error helper a local module exports
// (imported-answering-helpers.ts): holes, rests, defaults, nested patterns, computed and string keys, spreads, optional
// calls, helpers declared after use, class methods, recursion, `declare`, TS wrappers, JSX, empty bodies. Read by
// new-readings-no-crash.test.ts.
import { HEAD } from "./session-26-shapes.js";

const PG = `import { Pool } from "pg";\n`;
/** A handler that checks a client out of `receiver` and drops it. */
const dropped = (receiver: string) => `export async function list(id: any, name: any) {\n  const client = await ${receiver}.connect();\n  await client.query("select 1");\n}\n`;
/** A callback helper handing its caller `(err, client, <third>)`, with `body` in the connect callback. */
const helper = (body: string, third = "release") =>
  `${HEAD}export function getClient(callback: any) {\n  pool.connect((err: any, client: any, done: any) => {\n    ${body}\n    callback(err, client, ${third});\n  });\n}\ngetClient((err: any, client: any, done: any) => { client.query("x"); });\n`;
/** A checkout released early on `early` and again, guarded by a flag, in the finally. */
const flagged = (early: string, guard = "if (!released) client.release();") =>
  `${HEAD}export async function run(x: any) {\n  const client = await pool.connect();\n  let released = false;\n  try {\n    ${early}\n    await client.query("x");\n  } finally {\n    ${guard}\n  }\n}\n`;
/** A loop whose body checks out and releases in a finally, jumping with `jump`. */
const looped = (jump: string, fin = "client.release();") =>
  `${HEAD}export async function run(xs: any[]) {\n  outer: for (const x of xs) {\n    const client = await pool.connect();\n    try {\n      ${jump}\n    } finally {\n      ${fin}\n    }\n  }\n}\n`;

export const cases: Record<string, string> = {
  // pool-registries.ts
  "registry: holes, spreads, rests and nested pairs in a Map's entries": `${PG}const a = new Map([, ["x", new Pool()], ["y"], [, new Pool()], [...[["z", 1]]], ["w", ...[new Pool()]]]);\nconst b = new Map<string, Pool>([["x", new Pool()]] as any);\nconst c = new Map(...([] as any[]));\n${dropped("a.get(id)")}${dropped("b.get(id)!").replace("list", "list2")}${dropped("(c as any).get(id)").replace("list", "list3")}`,
  "registry: object of computed, string, shorthand, method, getter, spread and nested keys": `${PG}const main = new Pool();\nconst pools = { [\`k\${1}\`]: new Pool(), "s-k": new Pool(), main, m() { return main; }, get g() { return main; }, ...{ r: 1 }, n: { p: new Pool() } };\nconst q = { main, 1: new Pool(), ["x"]: (new Pool() as Pool)!, y: new Pool() satisfies Pool };\n${dropped("pools[name]")}${dropped("q[1]").replace("list", "l2")}${dropped("q.y").replace("list", "l3")}${dropped("pools['s-k']").replace("list", "l4")}`,
  "registry: arrays with holes, spreads, map callbacks of every kind": `${PG}const a = [new Pool(), , new Pool()];\nconst b = [...[new Pool()]];\nconst c = [1, 2].map(function () { return new Pool(); });\nconst d = [1, 2].map(async () => new Pool());\nconst e = [1, 2].map(() => {});\nconst f = [1, 2].map();\nconst g = [].map((x) => x);\nconst h = (([1] as any)!).map((i: any) => new Pool({ port: i }));\n${["a[0]", "b[id]", "c[id]", "(await d[0])", "e[0]", "f[0]", "g[0]", "h[id % h.length]", "h.at(-1)", "h?.[0]"].map((r, i) => dropped(r).replace("list", `l${i}`)).join("")}`,
  "registry: puts of every kind (spread, optional, computed, compound, update, destructuring, for targets, delete)": `${PG}const pools = new Map();\nconst o: any = { a: new Pool() };\npools.set(...(["k", new Pool()] as [string, Pool]));\npools?.set("k", new Pool());\npools.set?.("k", new Pool());\npools["set"]("k", new Pool());\npools.set("only-key");\no["a"] ??= new Pool();\no.n++;\n[o.x] = [new Pool()];\n({ y: o.y } = { y: new Pool() });\nfor (o.z of [new Pool()]);\nfor (o.w in {});\ndelete o.a;\nvoid o.a;\ntypeof pools.size;\nconst put = pools.set.bind(pools);\n${dropped("pools.get(id)")}${dropped("o[name]").replace("list", "l2")}`,
  "registry: values that are registries of each other, recursion, a pool variable written many ways": `${PG}const a = new Map();\nconst b = new Map();\na.set("x", b.get("y") ?? a.get("x") ?? new Pool());\nb.set("y", a.get("x") || (Math.random() ? a.get("z") : b.get("w")));\nlet p: any;\np = a.get("x");\nfor (p of [new Pool()]);\n[p] = [new Pool()];\n({ p } = { p: new Pool() });\nfunction add(k: any, q = new Pool(), ...rest: any[]) { a.set(k, q); b.set(k, rest[0]); }\ntry {} catch (p2) { p = p2; }\na.set("p", p);\n${dropped("a.get(id)")}${dropped("b.get(id)").replace("list", "l2")}`,
  "registry: declare, type-only and exported registries, a registry shadowed by a parameter, a class field": `import { Pool } from "pg";\ndeclare const d: Map<string, Pool>;\nexport const e = new Map<string, Pool>();\ne.set("a", new Pool());\nconst t = { a: new Pool() };\ntype T = keyof typeof t;\nexport default t;\nexport class C { pools = new Map<string, Pool>(); m(pools: any) { return pools.get("a").connect(); } f() { return this.pools.get("a")!.connect(); } }\n${dropped("d.get(id)")}${dropped("e.get(id)!").replace("list", "l2")}${dropped("t[name as T]").replace("list", "l3")}`,
  "registry: get/at with no argument, two arguments, a spread, optional calls and members, in tsx": `${PG}const m = new Map([["a", new Pool()]]);\nconst s = [new Pool()];\nexport const App = () => <div>{String(m.get("a"))}</div>;\n${["m.get()", "m.get('a', 1)", "m.get(...['a'])", "m.get?.('a')", "m?.get('a')", "s.at?.(0)", "(s as any).at(0)", "m.get", "m.size", "s.length"].map((r, i) => dropped(`(${r} as any)`).replace("list", `l${i}`)).join("")}`,
  // callback-checkout-functions.ts: a wrapper of done handed on
  "done wrapper: an arrow, a function, declared after the hand-on, with an empty body, with rest and default parameters": helper(
    `const release = (...args: any[]) => { done(...args); };\n    function late(e = done) { done(e); }\n    const empty = () => {};\n    const expr = () => done();\n    let { w } = { w: () => { done(); } };`,
  ),
  "done wrapper: named with a parameter that shadows done, naming the client, reassigned, called conditionally": helper(
    `let release = (done: any) => { done(); };\n    const touches = () => { done(); client.end(); };\n    release = () => { if (err) done(); };\n    const opt = () => { done?.(); (done as any)(); done!(); };`,
  ),
  "done wrapper: recursion, arguments, a class method, an overloaded and a declare function in the callback": helper(
    `function release(this: any): void { done(arguments[0]); release.call(this); }\n    class K { m() { done(); } }\n    const k = new K();\n    declare function d2(): void;`,
    "k.m",
  ),
  "done wrapper: handed on through a spread, as, !, parentheses, with a fourth argument": `${HEAD}export function g(cb: any) {\n  pool.connect((err: any, client: any, done: any) => {\n    const release = (e?: any) => { done(e); };\n    cb(err, client, (release as any)!);\n    cb(...[err, client, release]);\n    cb(err, client, release, 4);\n  });\n}\ng((e: any, c: any, d: any) => {});\n`,
  // unset-flag-releases.ts
  "unset flag: flags set by compound, destructuring, update, in another function, before declaration; a const flag": flagged(
    `if (x) { client.release(); released = true; }\n    if (x > 1) { client.release(); }\n    released ||= true;\n    [released] = [true];\n    ({ released } = { released: false } as any);\n    (released as any) = true;\n    const set = () => { released = true; };`,
  ),
  "unset flag: guards of every kind (negated twice, optional, compared, in a nested finally, in a label)": flagged(
    `if (x) { released = true; client.release(); return; }\n    if (x > 2) client.release();`,
    `if (!!released) client.release();\n    if (!(released as any)) client?.release?.();\n    if (released === false) client.release();\n    lab: { if (!released) { client.release(); break lab; } }\n    try {} finally { if (!released) client.release(); }\n    if (!released) {} else client.release();`,
  ),
  "unset flag: a flag declared by var, a parameter, a module variable, shadowed in a nested block": `${HEAD}let moduleFlag = false;\nexport async function run(x: any, flag = false) {\n  var released = false;\n  const client = await pool.connect();\n  try {\n    { let released = true; client.release(); }\n    if (x) { moduleFlag = true; flag = true; client.release(); }\n  } finally {\n    if (!released) client.release();\n    if (!moduleFlag) client.release();\n    if (!flag) client.release();\n  }\n}\n`,
  // finally-jumps.ts
  "finally jump: break, continue, labelled jumps, a switch in the try, a nested loop, a finally that is empty or starts elsewhere": looped(
    `client.release();\n      if (x) break;\n      if (!x) continue outer;\n      switch (x) { case 1: break; default: continue; }\n      for (const y of x) { if (y) break outer; else continue; }\n      lab: { break lab; }`,
  ),
  "finally jump: the finally empty, a nested try, a release not first, a release in a nested function": looped(
    `if (x) { client.release(); break; }\n      try { continue; } finally {}\n      do { break; } while (false);\n      while (x) { continue outer; }`,
    `try {} finally { client.release(); }\n      const f = () => client.release();\n      client.release();`,
  ),
  // later-function-releases.ts
  "later function: done called in timers, query callbacks, promise handlers, recursion, reassigned, as a method": `${HEAD}pool.connect((err: any, client: any, done: any) => {\n  if (err) return done(err);\n  done();\n  client.query("x", (e: any) => { done(); done?.(); (done as any)!(); });\n  setTimeout(() => done(), 0);\n  setImmediate(done);\n  Promise.resolve().then(done).finally(() => { done(arguments); });\n  function again(n: number): void { if (n) again(n - 1); else done(); }\n  again(2);\n  const o = { m() { done(); }, [done.name]: done };\n  o.m();\n});\npool.connect((err: any, client: any, done: any) => {\n  done();\n  done = () => {};\n  setTimeout(() => done(), 0);\n});\npool.connect(function (err: any, client: any, ...rest: any[]) { rest[0](); setTimeout(() => rest[0]()); });\n`,
  // batched-checkouts.ts: co's yielded batch
  "co batch: yielded arrays of mapped generators, async generators, delegation, holes, spreads, empty bodies": `${HEAD}import co from "co";\nexport const run = co.wrap(function* (ids: any[]) {\n  yield ids.map(function* (id) { return yield pool.connect(); });\n  yield* ids.map(function* () {});\n  yield [ , ...ids.map(function* (id) { const c = yield pool.connect(); c.release(); })];\n  yield ids.map(async function* () { yield await pool.connect(); });\n  yield ids?.map?.(function* named(id) { return named; });\n  yield (ids.map(function* (id) { return (yield pool.connect()) as any; }) as any)!;\n  yield;\n  yield ids.map();\n});\nexport function* plain(ids: any[]) { yield ids.map(function* () { return yield pool.connect(); }); }\nexport class K { *m(ids: any[]) { yield ids.map(function* () { return yield pool.connect(); }); } }\n`,
  // apollo-format-response.ts
  "formatResponse: context through nested patterns, defaults, rests, computed and string keys, optional calls": `import { ApolloServer } from "apollo-server";\n${HEAD}export const s = new ApolloServer({\n  context: async () => { const db = await pool.connect(); return { db }; },\n  formatResponse: (r: any, { context: { db, ...rest } = {} as any, ["x"]: y, "z": z }: any = {}, ...more: any[]) => { db?.release?.(); rest.db.release(); (more[0] as any).context.db.release(); return r; },\n});\nexport const t = new ApolloServer({\n  context: async () => { const db = await pool.connect(); return { db }; },\n  formatResponse(r: any, requestContext: any) { requestContext.context["db"].release(); requestContext?.context?.db?.release(); requestContext.context.lock.release(); arguments[1].context.db.release(); return r; },\n});\nexport const u = new ApolloServer({\n  context: async () => { const db = await pool.connect(); return { db }; },\n  formatResponse: (r: any, [a]: any) => { a.release(); return r; },\n});\n`,
  // class-checkouts: constructor parameter property with a default
  "class: parameter properties with defaults of every kind, a rest, a destructured parameter, declare fields": `${HEAD}class Db { async get() { return pool.connect(); } }\nexport class S {\n  declare d: Db;\n  constructor(private readonly a: Db = new Db(), public b = new (Db as any)(), protected c: Db = (new Db())!, readonly e?: Db, ...rest: any[]) {}\n  async m() { const c = await this.a.get(); const d = await (this as any).b.get(); return [c, d]; }\n}\nexport class T { constructor({ x }: any = {}, [y]: any = [], private z = new Db()) {} async m() { await this.z.get(); } }\n`,
  // synchronous-run.ts
  "declared between: a function, a class, an overload, a declare and an empty function between a callback query and the release": `${HEAD}pool.connect((err: any, client: any, done: any) => {\n  client.query("x", (e: any, r: any) => { if (e) return done(); finish(r); });\n  function finish(r: any): void;\n  function finish(r: any) { done(); }\n  class Between { m() { done(); } }\n  function empty() {}\n  client.query("y", () => {});\n  async function* gen() { done(); }\n  done();\n});\n`,
  // imported-answering-helpers.ts (no module on disk: the helper is unknown)
  "imported error helper: a module that cannot be read, a member of a member, a computed member, an optional call": `${HEAD}const utils = require("./utils");\nimport * as u2 from "./missing";\nimport def from "./also-missing";\npool.connect((err: any, client: any, done: any) => {\n  if (utils.handleError(err, client, done)) return;\n  if (u2.a.b(err, client, done)) return;\n  if (utils["handleError"](err, client, done)) return;\n  if (utils.handleError?.(err, client, done)) return;\n  if (def(err, client, done)) return;\n  if ((utils as any).handleError(...[err, client, done])) return;\n  client.query("x", () => done());\n});\n`,
};
