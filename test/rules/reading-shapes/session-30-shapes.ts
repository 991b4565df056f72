// Shapes written to break session 30's readings (review-30a): a registry of pools on a class's private field
// (class-field-registries.ts), the lazy puts `r[k] ??= v` and forEach's `(id) => pools.set(id, new Pool())`
// (pool-registries.ts), a query config some path of the checkout callback leaves undefined
// (unassigned-query-configs.ts), CommonJS exports with string keys, getters and replaced module.exports (node-shapes.ts,
// imported-answering-helpers.ts), and the rewrite's escaped storing methods, spreads and client hand-overs
// (escaped-functions.ts, object-reads.ts, client-hand-over.ts): holes, rests, defaults, nested patterns, computed,
// template and string keys, spreads, optional calls, helpers declared after use, class methods, recursion, `declare`,
// `arguments`, TS wrappers, JSX, empty bodies. A name ending in "js" is also linted by ESLint's default parser, espree.
// Read by new-readings-no-crash.test.ts.

const PG = `import { Pool } from "pg";\n`;
const CJS = `const { Pool } = require("pg");\n`;
/** A class whose `list` checks a client out of `receiver` and drops it, `members` before it. */
const tenants = (members: string, receiver = "this.pools.get(id)!") =>
  `${PG}import { createClient } from "redis";\nexport abstract class Tenants {\n${members}\n  async list(id: any) {\n    const client = await ${receiver}.connect();\n    return (await client.query("SELECT 1")).rows;\n  }\n}\n`;
/** A pg 4 checkout callback choosing its query config, `before` first, then a chain written as `chain`. */
const route = (before: string, chain: string, query = "client.query(config, function (err, result) { done(); });") =>
  `${CJS}var pg = require("pg");\nfunction route(req, res, type) {\n  ${before}\n  pg.connect(process.env.DATABASE_URL, function (err, client, done) {\n    if (err) return console.error(err);\n    var config;\n    ${chain}\n    ${query}\n  });\n}\nmodule.exports = route;\n`;
/** A manual checkout whose try holds `lines`, with the storing and lazy helpers the rewrite follows. */
const held = (lines: string) => `const { query, pool } = require("./db");
async function load(id) { return (await query("SELECT 1", [id])).rows[0]; }
let pending = null;
class Keeper { keep(p) { pending = p; } }
const keeper = new Keeper();
const lazy = { get row() { return load(1); } };
const iterable = { *[Symbol.iterator]() { yield lazy.row; } };
async function deactivate(id) {
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

export const cases: Record<string, string> = {
  // class-field-registries.ts
  "class field: holes, spreads, a template key, optional and at()": tenants(
    "  private pools = new Map<string, Pool>([[\"a\", new Pool()], , ...[[\"b\", new Pool()]]] as any);\n  #replicas = [new Pool(), , ...[new Pool()]];\n  go(i: number) { return [this[`pools`]?.get?.(\"a\"), this.#replicas.at(-1)?.connect(), this.#replicas[i]!.connect()]; }",
  ),
  "class field: declare, readonly computed, definite, abstract, satisfies, index signature, static block": tenants(
    "  private declare p: Map<string, Pool>;\n  private readonly [\"q\"] = new Map<string, Pool>();\n  private s!: Pool[];\n  abstract t: Pool[];\n  private pools = (new Map() as any) satisfies Map<string, Pool>;\n  [key: string]: any;\n  static { (this as any).x = 1; }\n  constructor(private v: Map<string, Pool>, ...rest: any[]) { this.s = [new Pool(), ...arguments]; }",
  ),
  "class field: a method, an accessor, a static twin and a getter of the field's name": tenants(
    "  private pools = new Map<string, Pool>();\n  #pools() { return 1; }\n  static pools = new Map();\n  accessor other = 1;\n  get pool() { return this.pools; }",
  ),
  "class field: this in a nested function, an object method, an inner class, a destructured rest": tenants(
    "  private pools = new Map<string, Pool>();\n  go(this: any) {\n    const fn = function (this: any) { return this.pools.get(1).connect(); };\n    const o = { pools: new Map(), m() { return this.pools.get(1).connect(); } };\n    class Inner { private pools = new Map<string, any>([[\"x\", 1]]); go() { return this.pools.get(\"x\").connect(); } }\n    const { pools = null, ...rest } = this;\n    return [fn, o, Inner, pools, rest];\n  }",
  ),
  "class field: Object.assign, Reflect.set, defineProperty with spread and no arguments": tenants(
    "  private pools = new Map<string, Pool>();\n  constructor(...options: any[]) {\n    Object.assign(...(options as [any]));\n    Object.assign();\n    Reflect.set?.(this, \"pools\", options[0]);\n    Object[\"defineProperty\"](this as any, `pools`, { value: 1 });\n    (this as any)[Symbol.iterator] = null;\n  }",
  ),
  "class field: accesses outside the class, a class expression, an export default class": `${PG}const Anon = class { private pools = new Map<string, Pool>([["a", new Pool()]]); async go() { const c = await this.pools.get("a")!.connect(); return c; } };\nexport default class { #pools = [new Pool()]; async go() { const c = await this.#pools[0]!.connect(); return c; } }\n(new Anon() as any).pools.set("x", 1);\nconst { pools } = new Anon() as any;\nnew Anon()["pools" as never];\n`,
  "class field: #private in plain js": `${CJS}class Router {\n  #replicas = [new Pool(), , new Pool()];\n  #none;\n  static #s = new Map();\n  #m() {}\n  async a(i) {\n    const c = await this.#replicas[i]?.connect();\n    const d = await this.#none[i].connect();\n    const e = await Router.#s.get(i).connect();\n    const f = #replicas in this;\n    this.#replicas[i] ??= new Pool();\n    return [c, d, e, f, this.#m];\n  }\n}\nmodule.exports = Router;\n// js`,
  // pool-registries.ts: lazy puts, forEach's arrow
  "lazy puts: ??=, ||=, &&= with computed, template and member keys, nested and used as values js": `${CJS}const pools = {};\nasync function run(id, other) {\n  pools[id] ??= new Pool();\n  pools[\`x\`] ||= new Pool();\n  pools.y &&= pools[id] ?? other;\n  (pools[id] ??= new Pool()) || other;\n  const c = await pools[id].connect();\n  return c;\n}\nmodule.exports = run;\n// js`,
  "forEach puts: optional, computed, spread, async, void, a block body, a second argument": `${PG}const pools = new Map<string, Pool>();\ndeclare const ids: string[];\nids?.forEach((id) => pools.set(id, new Pool()));\nids.forEach?.((id) => (pools.set(id, new Pool()) as any));\nids["forEach"]((id) => pools.set(id, new Pool())!);\nids.forEach(...[(id: string) => pools.set(id, new Pool())]);\nids.forEach(async (id) => pools.set(id, new Pool()));\nids.forEach((id) => void pools.set(id, new Pool()), null);\nids.forEach((id) => { pools.set(id, new Pool()); });\nids.forEach();\nexport async function run(id: string) {\n  const c = await pools.get(id)!.connect();\n  return c;\n}\n`,
  // unassigned-query-configs.ts
  "unassigned config: a validation before, complementary tests, a switch, a nested chain js": route(
    "if (!type) return res.end();\n  switch (type) { case \"a\": break; default: return; }",
    "if (type === \"a\") { config = \"x\"; } else if (!(type === \"a\")) { if (b) config = \"y\"; }",
  ),
  "unassigned config: writes by patterns, for-in, ++, a nested function, a label js": route(
    "",
    "label: if (type) { [config] = [\"x\"]; break label; } else if (b) { for (config in {}) {} }\n    (function () { config = 1; })();",
  ),
  "unassigned config: the query optional, spread, computed, with arguments and no arguments js": route(
    "",
    "if (a) config = 1; else if (b) config = 2;",
    "client?.query(config, done);\n    client[\"query\"](config, done);\n    client.query(...[config], done);\n    client.query(arguments[0], done);\n    client.query();\n    client.query(config);",
  ),
  "unassigned config: TS wrappers, an arrow callback with destructured and default parameters": `${PG}const pool = new Pool();\npool.connect(({ message } = {} as any, client: any, done = () => {}) => {\n  var config: any, other!: string;\n  if (message) config = "x" as const; else if (other) { config = ("y" satisfies string)!; }\n  client!.query(config as any, () => done());\n  (client as any).query(config, done);\n});\npool.connect((err, client) => {});\npool.connect((err, client, done) => client.query(c, done));\ndeclare let c: any;\n`,
  // node-shapes.ts / imported-answering-helpers.ts: CommonJS exports
  "commonjs exports: string, numeric, computed and template keys, getters, setters, methods, spreads js": `${CJS}const pool = new Pool();\nfunction getClient(cb) { pool.connect(cb); }\nmodule.exports = { "getClient": getClient, 1: getClient, [getClient.name]: getClient, get lazy() { return getClient; }, set lazy(v) {}, method(cb) { return pool.connect(cb); }, ...{ spread: getClient } };\nmodule.exports.extra = getClient;\nmodule["exports"]["other"] = getClient;\nexports = module.exports = getClient;\nthis.exports = { x: 1 };\n// js`,
  // escaped-functions.ts, object-reads.ts, client-hand-over.ts
  "rewrite: storing methods through holes, rests, defaults, nested and computed patterns js": held(
    "const [, k = keeper.keep, ...rest] = [null, keeper.keep, keeper.keep];\n    let a, b;\n    [a, [b]] = [keeper.keep, [keeper.keep]];\n    const { [id]: c, ...r } = { [id]: keeper.keep, 'x': keeper.keep };\n    k(load(id));\n    b?.(load(id));\n    return [pending, rest, a, c, r];",
  ),
  "rewrite: a self-assigned variable, sequences, optional calls, template keys, exports js": held(
    "let k = keeper.keep;\n    k = k;\n    k = (0, k);\n    k?.(load(id));\n    const fns = { k: keeper.keep, get g() { return keeper.keep; }, ...{ s: keeper.keep } };\n    fns[`k`](load(id));\n    module.exports.fns = fns;\n    exports.list = [keeper.keep, , ...[keeper.keep]];\n    return pending;",
  ),
  "rewrite: spreads of getters and iterators with defaults, holes and rests js": held(
    "const { row = 1, ...restOf } = { ...lazy };\n    const [x = 2, , ...ys] = [...iterable];\n    for (const { row: r } of [lazy]) void r;\n    return [row, restOf, x, ys, { ...lazy }.row, arguments.length];",
  ),
  "rewrite: the client resolved through calls, optional and spread js": held(
    "return new Promise((resolve) => { resolve?.(wrap(client)?.x); resolve(...[client]); resolve(Result.Success(wrap(client))); });",
  ),
  "rewrite and readings in a JSX file: a component with a registry and a dropped checkout jsx": `import { Pool } from "pg";\nclass Store { #pools = [new Pool()]; async load() { const c = await this.#pools[0].connect(); return c; } }\nexport function View({ store = new Store(), ...rest }) {\n  return <div {...rest} onClick={async () => { const c = await store.load(); }}>{[, 1]}</div>;\n}\n`,
  "empty bodies and recursion": `${PG}export class Empty { private pools = new Map<string, Pool>(); }\nexport class Recur { private pools: Map<string, Pool> = this.pools; #r = this.#r; go(): any { return this.go(); } }\nconst pools = {} as Record<string, Pool>;\npools.a ??= pools.a;\nexport function f() {}\n`,
};
