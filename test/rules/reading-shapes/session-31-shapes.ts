// Shapes written to break session 31's readings (review-31a): a checkout stored into a function's local that only
// queries it (unreleased-local-stores.ts), a checkout stored on a parameter's member and released by the function
// itself after a call (member-lent-releases.ts), `client.release;` read and dropped (client-references.ts), a parameter
// named `pg` handed pg's module (legacy-module-pool.ts), a store method of a parameter lent the client with a
// continuation (callback-query-helpers.ts), the ES5 `var handleError = function …` helper and its error-first answers
// (answering-helper-releases.ts, error-first-answers.ts), TypeORM runners made into the caller's parameter under a test
// or given back to it by a helper, with builders kept in a const and implied hold flags (guarded-runner-parameter.ts,
// runner-helper-calls.ts, derived-hold-flags.ts), and the lint-cost cuts' scope search (find-variable.ts): holes,
// rests, defaults, nested patterns, computed and string keys, spreads, optional calls, helpers declared after use,
// overloads, arrows, `arguments`, class methods, recursion, `declare`, TS wrappers, JSX, empty bodies. A name ending in
// "js" is also linted by ESLint's default parser, espree (and "cjs" as a CommonJS script). Read by
// new-readings-no-crash.test.ts.

const CJS = `const { Pool } = require("pg");\nconst pool = new Pool();\n`;
const PG = `import { Pool } from "pg";\nconst pool = new Pool();\n`;
/** A handler storing its checkout into the local `db` declared as `declaration`, then `uses`. */
const local = (declaration: string, store: string, uses: string, after = "") =>
  `${CJS}async function handler(socket, ...rest) {\n  ${declaration}\n  const client = await pool.connect();\n  ${store}\n  ${uses}\n}\n${after}\nmodule.exports = handler;\n`;
/** A middleware with parameters `params` storing its checkout on `holder`, then `between`, then `release`. */
const member = (params: string, holder: string, between: string, release: string) =>
  `${PG}export const mw = async (${params}) => {\n  ${holder} = await pool.connect();\n  ${between}\n  ${release}\n};\n`;
/** A pg 4 controller handed `params`, whose callback is `callback`. */
const legacy = (params: string, callback: string, after = "") =>
  `module.exports = function (${params}) {\n  return function (req, res) {\n    pg.connect(process.env.DATABASE_URL, ${callback});\n  };\n};\n${after}\n`;
/** A TypeORM class whose `run` takes `params` and does `body`. */
const runner = (params: string, body: string, members = "") =>
  `import { DataSource, QueryRunner } from "typeorm";\nexport class Cache {\n  constructor(private ds: DataSource) {}\n${members}\n  async run(${params}) {\n    ${body}\n  }\n}\n`;
/** A manual checkout whose try holds `lines`, with storing functions and lazy getters the rewrite follows. */
const held = (lines: string) => `const { query, pool } = require("./db");
async function load(id) { return (await query("SELECT 1", [id])).rows[0]; }
let pending = null;
const keep = (p) => { pending = p; };
const fns = [keep, (p) => p];
const lazy = { get plain() { return load(1); }, get other() { return 2; } };
async function deactivate(id, ...more) {
  const client = await pool.connect();
  try {
    await client.query("UPDATE x");
    ${lines}
  } finally {
    client.release();
  }
}
module.exports = { deactivate };
`;
const GET_RUNNER = `  protected getQueryRunner(qr?: QueryRunner) { if (qr) return qr; return this.ds.createQueryRunner("master"); }\n`;

export const cases: Record<string, string> = {
  // unreleased-local-stores.ts
  "local: plain js": local("let db;", "db = client;", `socket.on("q", async () => { await db.query("x"); });`),
  "local: module let in a CommonJS script cjs": `${CJS}let shared;\nasync function init() {\n  const client = await pool.connect();\n  shared = client;\n}\nasync function q() { return shared.query("SELECT 1"); }\nmodule.exports = { init, q };\n`,
  "local: TS wrappers": `${PG}export async function h(s: any) {\n  let db: any;\n  const client = await pool.connect();\n  db = (client as any)!;\n  (db satisfies unknown);\n  (db as any)?.query?.("x");\n  db! = null;\n}\n`,
  "local: parenthesised store js": local("var db;", "(db) = (client);", "db.query('x'); if (!db) return; db = null;"),
  "local: holes and rests js": local("let [, db, ...others] = [];", "db = client;", "others.push(1); db.query('x');"),
  "local: default and nested pattern js": local("let { a: { db } = {} } = {};", "db = client;", "db['query']('x'); db[`processID`];"),
  "local: computed member js": local("let db;", "db = client;", "const k = 'release'; db[k]();"),
  "local: catch parameter js": local("let db;", "try { db = client; } catch (db) { db = client; }", "db.query('x');"),
  "local: handed through arguments js": local("let db;", "db = client;", "keep(db);", "function keep(c) { keep.last = arguments[0]; }"),
  "local: handed to recursion js": local("let db;", "db = client;", "walk(db, 3);", "function walk(c, n) { if (n) walk(c, n - 1); c.query('x'); }"),
  "local: handed to a helper declared after, with a rest and a default js": local("let db;", "db = client;", "use(db); use2(db); use3(...[db]); use?.(db);", "function use(c = null) { c.query('x'); }\nfunction use2(...cs) { cs[0].release(); }\nfunction use3(c) {}"),
  "local: handed to a pattern parameter js": local("let db;", "db = client;", "use({ db }); use2(db);", "function use({ db }) { db.release(); }\nfunction use2({ query }) { query('x'); }"),
  "local: handed to an overloaded helper": `${PG}const kept: unknown[] = [];\nfunction keep(c: unknown): void;\nfunction keep(c: unknown, n: number): void;\nfunction keep(c: unknown, n?: number) { kept.push(c); }\ndeclare function away(c: unknown): void;\nexport async function h() {\n  let db;\n  const client = await pool.connect();\n  db = client;\n  keep(db);\n  away(db);\n}\n`,
  "local: handed to a class method and an arrow js": local("let db;", "db = client;", "new Keeper().keep(db); arrow(db); this?.x?.(db);", "class Keeper { keep(c) { c.release(); } }\nconst arrow = (c) => c.query('x');"),
  "local: chained returning itself js": local("let db;", "db = client;", `socket.on("end", () => db.off("x", () => {}).release());`),
  "local: empty bodies js": `${CJS}async function h() { let db; const client = await pool.connect(); db = client; }\nfunction e() {}\nmodule.exports = { h, e };\n`,
  "local: in a class field arrow": `${PG}export class S {\n  db: any;\n  on = async () => { let db; const client = await pool.connect(); db = client; await db.query("x"); };\n}\n`,
  "local: tsx": `${PG}export function View() {\n  let db: any;\n  const load = async () => { const client = await pool.connect(); db = client; await db.query("x"); };\n  return <button onClick={load}>{String(db)}</button>;\n}\n`,
  // member-lent-releases.ts
  "member: koa js": member("ctx, next", "ctx.db", "await next();", "ctx.db.release();"),
  "member: destructured first parameter js": member("{ state, ...rest }, next", "state.db", "await next();", "state.db.release();"),
  "member: defaults and holes": member("[, ctx] = [], next = async () => {}", "ctx.db", "await next();", "ctx.db.release();"),
  "member: rest parameter js": member("...args", "args[0].db", "await args[1]();", "args[0].db.release();"),
  "member: computed and string keys js": member("ctx, next", `ctx["db"]`, "await next(); ctx[`db`];", `ctx["db"].release();`),
  "member: wrapped holder": member("ctx: any, next: any", "(ctx.db as any)", "await (next as any)?.();", "(ctx.db! satisfies any).release?.();"),
  "member: optional release js": member("ctx, next", "ctx.db", "next?.(); await null;", "ctx.db?.release();"),
  "member: arguments js": `${CJS}module.exports = async function (ctx) {\n  arguments[0].db = await pool.connect();\n  await arguments[1]();\n  arguments[0].db.release();\n};\n`,
  "member: class method": `${PG}export class M {\n  async use(ctx: any, next: () => Promise<void>) {\n    ctx.db = await pool.connect();\n    await next();\n    ctx.db.release();\n  }\n}\n`,
  "member: expression body and empty js": `${CJS}const a = async (ctx) => (ctx.db = await pool.connect());\nconst b = async (ctx) => {};\nmodule.exports = { a, b };\n`,
  "member: spread call between js": member("ctx, next", "ctx.db", "await next(...[ctx]);", "ctx.db.release();"),
  "member: released twice js": member("ctx, next", "ctx.db", "ctx.db.release(); await next();", "ctx.db.release();"),
  // client-references.ts: the release read and dropped
  "release read js": `${CJS}async function h() {\n  const client = await pool.connect();\n  client.release;\n  client?.release;\n  (client.release);\n  void client.release;\n  client["release"];\n}\nmodule.exports = h;\n`,
  "release read, TS wrappers": `${PG}export async function h() {\n  const client = await pool.connect();\n  client.release as any;\n  client!.release!;\n  (client.release satisfies unknown);\n}\n`,
  // legacy-module-pool.ts
  "pg parameter js": legacy("pg, store", "function (err, client, done) { client.query('x', function () { done(); }); }"),
  "pg parameter: destructured and default js": legacy("{ pg } = {}, store", "function (err, client, done) { if (err) return; }"),
  "pg parameter: rest and a pattern callback js": legacy("...pg", "function (err, { query }, done) { query('x'); }"),
  "pg parameter: arrow callback, var pg beside js": legacy("pg", "(err, client, done) => { var pg; client.query('x'); }"),
  "pg parameter: named callback declared after js": legacy("pg", "onConnect", "function onConnect(err, client, done) { done(); }"),
  "pg parameter: wrapped receiver": `module.exports = function (pg: any) {\n  (pg as any).connect((err: any, client: any, done: any) => { client.query("x"); });\n  pg!.connect?.((err: any, client: any, done: any) => { done(); });\n};\n`,
  // callback-query-helpers.ts
  "store method of a parameter js": legacy("pg, store", "function (err, client, done) { store.get(client, 1, function (row) { res.json(row); }); done(); }"),
  "store method: optional, computed, spread js": legacy("pg, store", "function (err, client, done) { store?.get(client, cb); store['get'](client, ...[cb]); store.get(client, ...more); done(); }", "function cb() {}\nvar more = [];"),
  "store method: named continuation declared after js": legacy("pg, store", "function (err, client, done) { store.get(client, after); done(); function after() {} }"),
  "store method of arguments js": legacy("pg", "function (err, client, done) { arguments[2].get(client, function () {}); done(); }"),
  // answering-helper-releases.ts, error-first-answers.ts
  "var helper js": `var pg = require("pg");\nvar handleError = function (err, client, done, res) {\n  if (!err) return false;\n  if (client) done(client);\n  res.writeHead(500);\n  return true;\n};\nmodule.exports = function (req, res) {\n  pg.connect(process.env.DATABASE_URL, function (err, client, done) {\n    if (handleError(err, client, done, res)) return;\n    client.query("x", function (err, result) {\n      if (handleError(err, client, done, res)) return;\n      done();\n      res.end(result.rows[0]);\n    });\n  });\n};\n`,
  "var helper: arrow, async, reassigned js": `var pg = require("pg");\nlet a = (err) => !err ? false : true;\nvar b = async function (err) { if (!err) return false; return true; };\nvar c = function (err) { if (!err) return false; return true; };\nc = function () { return false; };\nvar d = (function (err) { if (!err) { return false; } else { return 1; } });\nvar [e] = [function (err) {}];\nvar f = function ({ err }) { if (!err) return false; for (;;) { return true; } };\nmodule.exports = function () {\n  pg.connect(function (err, client, done) {\n    if (a(err) || b(err) || c(err) || d(err) || e(err) || f(err)) return;\n    client.query("x", function (err, r) { if (c(err)) return; done(); r.rows; });\n  });\n};\n`,
  "var helper declared": `declare var handleError: (err: unknown) => boolean;\nimport pg from "pg";\nexport function h() {\n  pg.connect((err: any, client: any, done: any) => {\n    if (handleError(err)) return;\n    client.query("x", (e: any, r: any) => { if (handleError(e)) return; done(); r.rows; });\n  });\n}\n`,
  "error-first helper: empty and expression bodies js": `var pg = require("pg");\nvar h1 = function (err) {};\nvar h2 = function (err) { if (!err) return false; };\nvar h3 = (err) => (!err ? false : true);\nvar h4 = function (err) { if (!(err)) return false; return function () { return 0; }; };\nmodule.exports = function () {\n  pg.connect(function (err, client, done) {\n    client.query("x", function (err, r) { if (h1(err) || h2(err) || h3(err) || h4(err)) return; done(); r.rows; });\n  });\n};\n`,
  // guarded-runner-parameter.ts, runner-helper-calls.ts, derived-hold-flags.ts
  "runner: guarded parameter": runner("key: string, qr?: QueryRunner", `const made = qr === undefined || key === "x";\n    if (qr === undefined || made) { qr = this.ds.createQueryRunner("master"); }\n    await qr.manager.save({});\n    if (made) await qr.release();`),
  "runner: guarded parameter, wrappers and two statements": runner("qr?: QueryRunner", `if (!qr!) { qr = (this.ds.createQueryRunner() as QueryRunner)!; qr.data = {}; }\n    await qr.connect();`),
  "runner: guarded default, pattern and rest parameters": runner("qr: QueryRunner | undefined = undefined, { r }: any = {}, ...more: any[]", `if (qr === undefined) qr = this.ds.createQueryRunner();\n    if (!r) r = this.ds.createQueryRunner();\n    if (!more[0]) more[0] = this.ds.createQueryRunner();\n    await qr.connect(); await r.connect();`),
  "runner: guarded with else and in an arrow": runner("qr?: QueryRunner", `const f = async (q?: QueryRunner) => { if (!q) q = this.ds.createQueryRunner(); else q = undefined; };\n    if (!qr) qr = this.ds.createQueryRunner(); else {}\n    await f();`),
  "runner: implied flag shapes": runner("qr?: QueryRunner", `let late = true;\n    const [held] = [qr === undefined];\n    if (qr === undefined || late) { qr = this.ds.createQueryRunner(); }\n    if (!qr || held) { qr = this.ds.createQueryRunner(); }\n    if (!qr || early) { qr = this.ds.createQueryRunner(); }\n    const early = !qr || late;\n    await qr.connect();`),
  "runner: given back by the helper": runner("qr?: QueryRunner", `qr = this.getQueryRunner(qr);\n    await qr.hasTable("t");\n    await qr.createTable({} as any);`, GET_RUNNER),
  "runner: given back, wrapped and spread": runner("qr?: QueryRunner, ...args: any[]", `qr = (this.getQueryRunner(qr!) as QueryRunner);\n    qr = this.getQueryRunner(...args);\n    qr = this.getQueryRunner?.(qr);\n    await qr.dropTable("t");`, GET_RUNNER),
  "runner: given back js": `class Cache {\n  constructor(ds) { this.ds = ds; }\n  getQueryRunner(qr) { return qr || this.ds.createQueryRunner(); }\n  async sync(qr) {\n    qr = this.getQueryRunner(qr);\n    if (!(await qr.hasTable("t"))) await qr.createTable({});\n  }\n  async other(qr) {\n    if (qr === undefined) { qr = this.ds.createQueryRunner("master"); }\n    const qb = qr.manager.createQueryBuilder().update("t").set({});\n    qb.where("x");\n    await qb.execute();\n  }\n}\nmodule.exports = Cache;\n`,
  "runner: kept builder shapes": runner("qr?: QueryRunner", `if (!qr) qr = this.ds.createQueryRunner();\n    const qb = qr.manager.createQueryBuilder();\n    const [x] = [qb];\n    await qb;\n    qb?.where("x");\n    await (qb as any)!.getMany?.();`),
  // rewrite-31: escaped-functions.ts's visited lists, object-reads.ts's spread copies, carried-promises.ts's const arrays
  "rewrite: lists visited by arrows with holes, patterns, defaults, rests, a third parameter and async js": held(
    "fns.forEach((f) => f(load(id)));\n    fns.some(([f]) => f);\n    fns.every((f = keep, i) => f(i));\n    fns.forEach((...fs) => fs[0](1));\n    fns.forEach((f, i, all) => all[i](2));\n    fns.forEach(async (f) => await f(3));\n    fns?.forEach?.((f) => f?.(4));\n    fns[\"forEach\"]((f) => f(5));\n    fns.forEach(...[(f) => f(6)]);\n    [, ...fns].forEach((f) => f && f(7));\n    fns.forEach();\n    fns.forEach(function (f) { return arguments[0](8); });",
  ),
  "rewrite: spread copies read by computed, optional, template and wrapped names js": held(
    "const a = { ...lazy }.plain;\n    const b = { ...lazy }[`plain`];\n    const c = { ...lazy, plain: 1 }.plain;\n    const d = ({ ...lazy })?.other;\n    const e = { ...lazy, ...more }.plain;\n    const f = { ...{ ...lazy } }.plain;\n    const g = { ...lazy }[id];\n    const { plain, ...rest } = { ...lazy };\n    await Promise.all([a, b, c, d, e, f, g, plain, rest]);",
  ),
  "rewrite: spread copies under TS wrappers": `import { Pool } from "pg";\nconst pool = new Pool();\ndeclare function load(id: number): Promise<unknown>;\nconst lazy = { get plain() { return load(1); } };\nexport async function go(id: number) {\n  const client = await pool.connect();\n  try {\n    await client.query("x");\n    const a = ({ ...lazy } as any).plain;\n    const b = ({ ...lazy }! satisfies object as typeof lazy).plain;\n    const c = (<any>{ ...(lazy as any) })["plain"];\n    await Promise.all([a, b, c]);\n  } finally {\n    client.release();\n  }\n}\n`,
  "rewrite: const arrays mapped, filled, frozen and reassigned js": held(
    "const ids = [id, , ...more];\n    const out = ids.map(load);\n    ids.forEach(keep);\n    ids.filter(Boolean).map(load);\n    const frozen = Object.freeze([id]);\n    frozen.map(load);\n    let again = [id];\n    again.map(load);\n    again = [];\n    [id].flatMap(load);\n    ids.push(load(id));\n    ids?.map?.((x) => load(x));\n    await Promise.all(out);",
  ),
  // find-variable.ts: a module with many child scopes, decorators and overlapping blocks
  "many scopes": `${PG}${Array.from({ length: 12 }, (_, i) => `export async function f${i}() { const c = await pool.connect(); c.release(); }`).join("\n")}\nfunction dec(..._a: any[]) { return (t: any) => t; }\n@dec(() => pool)\nexport class A { @dec(() => 1) x = () => pool; m() { return pool.connect(); } }\nenum E { a }\nnamespace N { export const p = pool; }\ntype T = (p: typeof pool) => void;\nexport async function last() { const c = await pool.connect(); await c.query("x"); }\n`,
};
