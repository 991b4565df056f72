// Shapes written to break session 28's readings (review-i): Apollo Server 2/3's `formatResponse` (apollo-format-response.ts,
// context-options.ts taking `new`), a rejection handler that throws before its release (rejection-handler-throws.ts),
// releases in callbacks that never run — a listener of an event pg's Pool never emits, an RxJS operator of a dropped pipe
// (never-run-releases.ts) —, the mapped async callback returning its checkout (batched-checkouts.ts), a per-request
// Fastify hook's store (request-hook-stores.ts), a wrapper's method that releases in its finally
// (releasing-wrapper-methods.ts), the global object's pools (global-object-pools.ts), a helper returning the checkouts
// of two pools (helper-checkouts.ts), and the rewrite's refused promise roads (hidden-promises.ts, carried-promises.ts):
// holes, rests, defaults, nested patterns, computed and string keys, spreads, optional calls, helpers declared after
// use, class methods, recursion, `declare` functions, TS wrappers, JSX, empty bodies. Read by new-readings-no-crash.test.ts.
import { HEAD } from "./session-26-shapes.js";

const APOLLO2 = `import { ApolloServer } from "apollo-server-express";\n${HEAD}`;
/** Apollo 2 options around a context that checks out into a variable and returns it. */
const apollo2 = (options: string, call = "new ApolloServer") =>
  `${APOLLO2}export const server = ${call}({\n  context: async () => { const db = await pool.connect(); return { db }; },\n${options}\n});\n`;
const PG = `import pg from "pg";\nconst pool = new pg.Pool();\n`;
/** A callback checkout whose release sits in a listener of `event` written as `listener`. */
const listened = (listener: string, extra = "") => `${PG}pool.connect((err, client, release) => {\n  if (err) throw err;\n  ${listener}\n});\n${extra}`;
const RX = `import { finalize, tap } from "rxjs";\nimport * as rx from "rxjs/operators";\n${HEAD}`;
const piped = (tail: string) => `${RX}export async function intercept(next: any) {\n  const stream = next.handle();\n  const client = await pool.connect();\n  ${tail}\n}\n`;
/** A promise chain whose rejection handler is `handler`. */
const chain = (handler: string, method = "catch") =>
  `${HEAD}export function load(res: any) {\n  pool.connect().then((client) => client.query("select 1").then((r) => { client.release(); res.send(r); }).${method}(${handler}));\n}\n`;
const mapped = (callback: string, collect = "Promise.all") => `${HEAD}export const open = (ids: any[]) => ${collect}(ids.map(${callback}));\n`;
const FASTIFY = `import Fastify from "fastify";\nconst fastify: any = Fastify();\nlet db: any;\n`;
const wrapper = (cls: string, use = "await service.run();") =>
  `${HEAD}${cls}\nexport async function main() {\n  const service = new Service(await pool.connect());\n  ${use}\n}\n`;

export const cases: Record<string, string> = {
  // apollo-format-response.ts
  "apollo2: formatResponse as a method, a string key, a computed key, a getter": apollo2(
    `  formatResponse(res: any, { context }: any) { context.db.release(); return res; },\n  "formatError": (e: any) => e,\n  ["plugins"]: [],\n  get extensions() { return []; },`,
  ),
  "apollo2: formatResponse named, declared after use, overloaded, declare": `${APOLLO2}declare function late(r: any, c: any): any;\nexport const server = new ApolloServer({\n  context: async () => { const db = await pool.connect(); return { db }; },\n  formatResponse: (later as any)!,\n});\nfunction later(r: any, c: any): any;\nfunction later(r: any, { context: { db } = {} as any }: any) { db?.release?.(); return r; }\n`,
  "apollo2: formatResponse an empty body, a non-function, undefined, a spread, a hole": apollo2(
    `  formatResponse: () => {},\n  formatError: 42,\n  rootValue: undefined,\n  ...[{ formatResponse: null }][0],`,
  ),
  "apollo2: no argument, a spread argument, a second argument, new without parentheses": `${APOLLO2}export const a = new ApolloServer();\nexport const b = new ApolloServer(...[{ context: async () => { const db = await pool.connect(); return { db }; } }]);\nexport const c = new ApolloServer({ context: async () => { const db = await pool.connect(); return { db }; }, formatResponse: (r: any, x: any) => { x.context.db.release(); return r; } }, 2);\nexport const d = new (ApolloServer as any);\n`,
  "apollo2: the class from require, a member, an alias, a local class of the same name": `const { ApolloServer } = require("apollo-server");\nconst apollo = require("apollo-server-koa");\nconst Alias = ApolloServer;\n${HEAD}const opts = { context: async () => { const db = await pool.connect(); return { db }; }, formatResponse: (r: any, { context }: any) => { context.db.release(); return r; } };\nexport const a = new apollo.ApolloServer(opts);\nexport const b = new Alias({ ...opts });\nexport function f() { class ApolloServer { constructor(o: any) {} } return new ApolloServer(opts); }\n`,
  "apollo2: the options through satisfies, as, !, parentheses; the context a nested arrow": apollo2(
    `  formatResponse: (((r: any, { context: { db } }: any) => { db.release(); return r; }) satisfies Function)!,`,
    "(new ApolloServer as any)",
  ),
  // rejection-handler-throws.ts
  "rejection handler: throw inside try/finally, labelled block, switch, loop, nested class": chain(
    `(error: any) => {\n  try { if (error) throw error; } finally { void 0; }\n  out: { if (!error) break out; throw error; }\n  switch (error?.code) { case "x": throw error; default: }\n  for (const e of [error]) { if (e) throw e; }\n  class Rethrow { static { if (error) console.log(error); } m() { throw error; } }\n  client.release();\n}`,
  ),
  "rejection handler: .then(_, fn) with a hole, rest, default and destructured parameter": chain(`undefined, async ({ code = "x", ...rest }: any = {}, ...more: any[]) => {\n  if (code) throw rest;\n  client.release();\n}`, "then"),
  "rejection handler: .finally with an expression body, an empty body, a named function declared after": `${HEAD}export function load() {\n  pool.connect().then((client) => client.query("x").finally(() => client.release()).catch(() => {}).finally(onEnd));\n  function onEnd(this: any) { if (this) throw this; }\n}\n`,
  "rejection handler: optional calls, computed method names, a spread argument": `${HEAD}export function load(args: any[]) {\n  pool.connect().then((client) => client?.query?.("x")?.["catch"]?.((e: any) => { if (e) throw e; client.release(); })?.finally(...args));\n}\n`,
  "rejection handler: a flag, the release in a nested function, arguments": chain(
    `function (this: any) {\n  const released = arguments.length === 0;\n  if (released) throw arguments[0];\n  [0].forEach(() => client.release());\n  client.release();\n}`,
  ),
  "rejection handler: a callback checkout's done after a throw in a recursive helper": `${HEAD}export function load(res: any) {\n  pool.connect((err, client, done) => {\n    if (err) return;\n    const again = (n: number): any => (n > 0 ? again(n - 1) : client.query("x"));\n    again(2).catch((e: any) => { if (e) throw e; done(); });\n  });\n}\n`,
  // never-run-releases.ts
  "never-run: event names computed, templated, a symbol, a variable; on/once/addListener/prependListener": listened(
    "pool.on(`close`, () => release());\n  pool.once(\"end\" as any, release);\n  pool.addListener(Symbol.for(\"x\") as any, () => release());\n  const name = \"shutdown\";\n  pool.prependListener(name, release);\n  pool[\"on\"](\"close\", release);",
  ),
  "never-run: the pool aliased, passed on, its emit through call, apply, bind, destructured": listened(
    `pool.on("close", () => { release(); });`,
    `const bus = pool;\nconst { emit } = pool;\nexport const stop = () => { bus.emit("close"); (pool as any).emit.call(pool, "close"); Reflect.apply(pool.emit, pool, ["close"]); pool.emit.bind(pool)("close"); onShutdown(pool); };\nfunction onShutdown(p: any) { p?.emit?.("close"); }\n`,
  ),
  "never-run: the pool's prototype patched, a member written, deleted, updated": listened(
    `pool.on("close", () => release());`,
    `pg.Pool.prototype.close = function (this: any) { this.emit("close"); };\n(pool as any).stop = () => pool.emit("close");\ndelete (pool as any).x;\n(pool as any).count++;\n`,
  ),
  "never-run: a listener declared after use, a class method, an overloaded helper, recursion": `${PG}export class Holder {\n  hold() {\n    pool.connect((err, client, release) => {\n      if (err) return;\n      pool.on("close", this.onClose);\n      pool.on("close", later);\n      pool.on("close", function again(this: any, n?: number): void { if (n) again(n - 1); else release(); });\n      function later(): void;\n      function later(x?: number): void { release(); }\n    });\n  }\n  onClose() {}\n}\n`,
  "never-run: a pool let, var, destructured, in a class field, from a default": `import { Pool } from "pg";\nlet a = new Pool();\nvar b = new Pool();\nconst [c = new Pool()] = [];\nconst { d } = { d: new Pool() };\nclass K { e = new Pool(); }\nfor (const p of [a, b, c, d, new K().e]) p.connect((err, client, done) => { p.on("close", done); });\na.connect((err, client, done) => { a.on("close", done); b.on("close", done); c.on("close", done); d.on("close", done); });\n`,
  "never-run: rxjs operators with holes, spreads, optional calls, chained and voided pipes": piped(
    `stream?.pipe?.(finalize(() => client.release()));\n  stream.pipe(...[tap({ finalize: () => client.release() })]);\n  void (stream.pipe(rx.finalize(() => client.release())) as any)!.pipe();\n  stream.pipe(tap({ ["finalize"]: () => client.release(), "error": () => {} }));\n  return stream;`,
  ),
  "never-run: rxjs operators kept, returned, awaited, subscribed, a pipe with no arguments": piped(
    `const kept = stream.pipe(finalize(() => client.release()));\n  stream.pipe().pipe(tap()).subscribe();\n  await stream.pipe(finalize(() => client.release()));\n  return [kept, stream.pipe(finalize(async () => { await client.release(); }))];`,
  ),
  // batched-checkouts.ts: the mapped callback returning its checkout
  "batch: the checkout returned bare, in an array hole, a spread, an object with a computed key, new": mapped(
    `async (id: any, i: number) => {\n  const c = await pool.connect();\n  if (i === 0) return [, c];\n  if (i === 1) return [...[c]];\n  if (i === 2) return { [String(id)]: c, "k": c };\n  return new (class { constructor(readonly c: any) {} })(c);\n}`,
  ),
  "batch: flatMap, Array.from, allSettled, a function expression, a generator, an empty body": `${HEAD}export const a = (ids: any[]) => Promise.all(ids.flatMap(async function (this: any) { const c = await pool.connect(); return c; }));\nexport const b = (ids: any[]) => Promise.all(Array.from(ids, async () => { const c = await pool.connect(); return c!; }));\nexport const c = (ids: any[]) => Promise.allSettled(ids.map(async () => { const c = await pool.connect(); return c as any; }));\nexport const d = (ids: any[]) => Promise.all(ids.map(function* () { const c = yield pool.connect(); return c; }));\nexport const e = (ids: any[]) => Promise.all(ids.map(async () => {}));\n`,
  "batch: the checkout caught in place, a let before, a rethrowing catch, a try with only finally": mapped(
    `async () => {\n  let c: any, [d] = [1], { e } = {} as any;\n  try { c = await pool.connect(); } catch { return null; } finally {}\n  try { c = await pool.connect(); } catch (error) { if (error) throw error; }\n  try { c = await pool.connect(); } finally { void 0; }\n  return c;\n}`,
  ),
  "batch: recursion, arguments, a destructured checkout, a default parameter": mapped(
    `async function load(this: any, id: any = 0, ...rest: any[]): Promise<any> {\n  const { release, ...c } = await pool.connect();\n  if (arguments.length > 3) return load(id, ...rest);\n  return c;\n}`,
  ),
  // request-hook-stores.ts
  "hook store: computed hook name, a named hook, a member holder, an optional call, a hook with no function": `${FASTIFY}fastify.addHook("on" + "Request", async () => { db = await fastify.pg.connect(); });\nfastify.addHook("onRequest", hook);\nasync function hook() { db = await fastify.pg.connect(); }\nfastify?.addHook?.("preHandler", async () => { fastify["db"] = await fastify.pg.connect(); });\nfastify.addHook("onSend");\nfastify.addHook();\n`,
  "hook store: a destructured holder, a local let, a parameter, a this property, a nested object": `${FASTIFY}fastify.addHook("onRequest", async function (this: any, req: any, reply: any, done = () => {}) {\n  let local: any;\n  local = await fastify.pg.connect();\n  [db] = [await fastify.pg.connect()];\n  ({ db } = { db: await fastify.pg.connect() });\n  req = await fastify.pg.connect();\n  this.db = await fastify.pg.connect();\n  fastify.state.db = await fastify.pg.connect();\n  done();\n});\n`,
  "hook store: the instance wrapped, an alias, a class method adding the hook": `${FASTIFY}class App { db: any; constructor(private app: any) {} init() { this.app.addHook("onRequest", async () => { this.db = await this.app.pg.connect(); }); } }\nconst alias = fastify;\n(alias as any)!.addHook("onResponse", async () => { (alias satisfies any).db = await fastify.pg.connect(); });\nexport { App };\n`,
  // releasing-wrapper-methods.ts
  "wrapper: a parameter property with a default, a rest, a destructured parameter, overloads": wrapper(
    `class Service {\n  constructor(client: any);\n  constructor(private client: any = null, ...rest: any[]) {}\n  async run() { try { await this.client.query("x"); } finally { this.client.release(); } }\n  run2(): void;\n  run2() {}\n}`,
  ),
  "wrapper: an expression class, a computed method, a static, a getter, a generator, an abstract method": `${HEAD}const Service = class {\n  constructor(public client: any) {}\n  ["run"]() { try {} finally { this.client.release(); } }\n  static stop() {}\n  get x() { return 1; }\n  *gen() { try { yield 1; } finally { this.client.release(); } }\n};\nabstract class Base { abstract run(): void; constructor(protected client: any) {} }\nexport async function main() {\n  const s = new Service(await pool.connect());\n  s.run(); s?.["run"]?.(); (s as any)!.gen().next();\n  const b = new (Base as any)(await pool.connect());\n  b.run();\n}\n`,
  "wrapper: the client stored after work, in a nested field, twice; an empty finally; a spread before": wrapper(
    `class Service {\n  client: any; other: any;\n  constructor(client: any, ...more: any[]) { this.other = 1; this.client = client; this.client = client; }\n  async run() { try { return 1; } finally { } }\n  async stop() { try { return 2; } finally { this["client"].release(); } }\n  reset() { this.client++; }\n}`,
    `await service.run();\n  await service.stop();\n  const again = new Service(...[await pool.connect()]);\n  again.stop();`,
  ),
  "wrapper: a class declared after use, a subclass calling super, recursion in the method": `${HEAD}export async function main() {\n  const service = new Service(await pool.connect());\n  await service.run(3);\n}\nclass Base { constructor(protected client: any) {} }\nclass Service extends Base {\n  constructor(client: any) { super(client); }\n  async run(n: number): Promise<void> { try { if (n) return this.run(n - 1); } finally { this.client.release(); } }\n}\n`,
  // global-object-pools.ts, helper-checkouts.ts
  "global object: computed and string keys, ??=, destructured, delete, a shadowing global, a cycle": `import { Pool } from "pg";\nglobal.connection = new Pool();\n(globalThis as any)["other"] = global.connection;\nglobal.a = global.b;\nglobal.b = global.a;\n(global as any).c ??= new Pool();\n[global.d] = [new Pool()];\ndelete (global as any).e;\nfor (global.f of []) {}\nexport async function get() {\n  if (global.connection) return global.connection.connect();\n  const x = await global.a.connect();\n  const y = await (globalThis as any)["other"]?.connect?.();\n  return [x, y];\n}\nexport function shadow(global: any) { return global.connection.connect(); }\n`,
  "helper of two pools: an arrow, a method, recursion, a nested return, in a tsx": `import { Pool } from "pg";\nconst a = new Pool();\nconst b = new Pool();\nglobal.pool = a;\nexport const get = async (n = 0): Promise<any> => { if (n) return get(n - 1); if (global.pool) return global.pool.connect(); const c = await b.connect(); return c; };\nexport class Db { async get() { if (global.pool) return await global.pool.connect(); return b.connect(); } }\nexport const View = () => <div onClick={async () => { const c = await get(); c.release(); }} />;\n`,
  // hidden-promises.ts, carried-promises.ts: refused rewrites
  "rewrite: stored promises through a bound method, Reflect.apply, a getter, an async generator, this.pending": `${HEAD}class Keeper { items: any[] = []; keep(p: any) { this.items.push(p); } get lazy() { return load(1); } }\nconst keeper = new Keeper();\nconst keep = keeper.keep.bind(keeper);\nasync function load(id: any) { return id; }\nasync function* rows(id: any) { yield id; }\nexport class Job {\n  pending: any; jobs: any[] = [];\n  async run(ids: any[]) {\n    const client = await pool.connect();\n    try {\n      keep(load(1));\n      Reflect.apply(load, null, [2]);\n      keeper.lazy;\n      rows(3).next();\n      this.pending = load(4);\n      this.jobs.push(...ids.map(load));\n      [load][0]!(5);\n      await Promise.all(ids.map(load));\n      await client.query("x");\n    } finally {\n      client.release();\n    }\n  }\n}\n`,
  "rewrite: a storing function kept in a const, handed to forEach, a holder made by new, arguments": `${HEAD}const list: any[] = [];\nfunction remember(p: any) { list.push(p); }\nclass Holder { constructor(public p: any) {} static hold(p: any) { list.push(p); } }\nasync function load(id?: any) { return id; }\nexport async function run(this: any) {\n  const client = await pool.connect();\n  try {\n    const r = remember;\n    r(load());\n    [load()].forEach(remember);\n    new Holder(load());\n    Holder.hold(load(arguments[0]));\n    await client.query("x");\n  } finally {\n    client.release();\n  }\n}\n`,
};
