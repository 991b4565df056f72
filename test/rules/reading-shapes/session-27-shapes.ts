// Shapes written to break session 27's readings (review-g): the GraphQL options held in a variable and the project's
// own Apollo 4 integration (context-options.ts, local-apollo-integrations.ts), the wrapped loans (loaned-stores.ts),
// a TypeORM runner's dropped connect() (query-runner.ts), a flag compared with a boolean (release-flags.ts), a mapped
// async callback resolving with its checkout (batched-checkouts.ts), the checkout helper's assigned return and failed
// checkout answers (checkout-functions.ts), drizzle's $client (orm-handles.ts), and the rewrite's wrapped callees,
// `arguments`, objects holding async functions and plain instances (wrapped-calls.ts, carried-promises.ts,
// awaited-value.ts): holes, rests, defaults, nested patterns, computed and string keys, spreads, optional calls,
// helpers declared after use, class methods, recursion, `declare` functions, TS wrappers, JSX, empty bodies.
// Read by new-readings-no-crash.test.ts.
import { HEAD, body, held } from "./session-26-shapes.js";

const WS = `import { useServer } from "graphql-ws/lib/use/ws";\nimport { ApolloServer } from "@apollo/server";\nimport { expressMiddleware } from "@apollo/server/express4";\n${HEAD}`;
/** A project's own Apollo 4 integration `integration`, given `{ context }` by `call`. */
const apollo = (integration: string, call = `mw({ context: ${body} })`) =>
  `${WS}${integration}\nexport const app = (server: ApolloServer) => ${call};\n`;
const integrationBody = `{\n  const value = await options.context({ req });\n  return server.executeHTTPGraphQLRequest({ httpGraphQLRequest: req, context: () => Promise.resolve(value) });\n}`;
const TYPEORM = `import { DataSource } from "typeorm";\nconst dataSource = new DataSource({ type: "postgres" });\n`;
const DRIZZLE = `import { Pool, Client } from "pg";\nimport { drizzle } from "drizzle-orm/node-postgres";\nimport { drizzle as pgDrizzle, "drizzle" as named } from "drizzle-orm/node-postgres";\nimport * as dz from "drizzle-orm/node-postgres";\nconst pool = new Pool();\n`;

export const cases: Record<string, string> = {
  // context-options.ts: the options object in a variable
  "options variable: let, var, destructured, used twice, spread, wrapped": `${WS}export function start(ws: any) {
  let a = { context: ${body} };
  useServer(a, ws);
  var b = ({ context: ${body} } as any)!;
  useServer(b satisfies object, ws);
  const { context } = { context: ${body} };
  useServer({ context }, ws);
  const c = { context: ${body} };
  useServer(c, ws);
  useServer(c, ws);
  const d = { context: ${body} };
  useServer(...[d], ws);
  const e = { context: ${body} };
  useServer({ ...e }, ws);
  const f = { context: ${body} };
  return () => useServer(f, ws);
}
const g = { context: ${body} };
export { g };
const h = { context: ${body} };
useServer(h);
for (const i = { context: ${body} }; ; ) { useServer(i, null); break; }
`,
  "options variable: used before its declaration, never used, in a new": `${WS}export const early = (ws: any) => useServer(opts, ws);
const opts = { context: ${body} };
const unused = { context: ${body} };
export const made = new (class { constructor(o: any) {} })({ context: ${body} });
const asArg = { ["context"]: ${body}, context: ${body} };
export const twice = new ApolloServer(asArg as any);
`,
  // local-apollo-integrations.ts
  "integration: const arrow, function declaration after use, class method": apollo(
    `const mw = (options: any) => async (req: any, server: any) => ${integrationBody};
export const later = (server: any) => fn({ context: ${body} });
async function fn(options: any, req?: any, server?: any) ${integrationBody}
class K { async mw(options: any, req: any, server: any) ${integrationBody} }
export const k = new K().mw({ context: ${body} }, null, null);`,
  ),
  "integration: rest, pattern and default parameters, spread call": apollo(
    `async function mw(...options: any[]) { const req: any = null, server: any = null; const value = await (options as any).context(); return server.executeHTTPGraphQLRequest({ context: () => Promise.resolve(value) }); }
async function p({ context }: any, req?: any, server?: any) { const value = await context(); return server.executeHTTPGraphQLRequest({ context: () => value }); }
async function q(options: any = {}, req?: any, server?: any) ${integrationBody.replace("options", "options")}
export const a = p({ context: ${body} });
export const b = q({ context: ${body} });
export const c = mw(...[{ context: ${body} }]);`,
  ),
  "integration: declared, overloaded, recursive, releasing": apollo(
    `declare function mw(options: any): any;
function over(options: string): void;
function over(options: any, req?: any, server?: any): any { return over(options, req, server); }
async function rel(options: any, req: any, server: any) { const value = await options.context(); value.client.release(); return server.executeHTTPGraphQLRequest({ context: () => value }); }
export const a = over({ context: ${body} } as any);
export const b = rel({ context: ${body} }, null, null);`,
  ),
  "integration: computed, optional and nested reads of the options": apollo(
    `async function mw(options: any, req: any, server: any) {
  const value = await options?.context?.({ req });
  const other = await options["context"]();
  const { x } = await options.context();
  let third = await options.context!();
  const fourth = await (options as any).context().then((v: any) => v);
  const unread = await options.context();
  void x; void third; void fourth;
  return server.executeHTTPGraphQLRequest({ httpGraphQLRequest: req, context: async () => value ?? other, [\`context\`]: () => unread, ...options });
}`,
    `mw({ context: ${body} }, null, server)`,
  ),
  "integration: value returned by a method, a getter, through spread Promise.resolve": apollo(
    `async function mw(options: any, req: any, server: any) {
  const value = await options.context();
  const other = await options.context();
  const third = await options.context();
  server.executeHTTPGraphQLRequest({ context() { return value; } });
  server.executeHTTPGraphQLRequest({ context: () => Promise.resolve(...[other]) }, 1);
  return server["executeHTTPGraphQLRequest"]?.({ get context() { return () => third; } });
}`,
    `(mw as any)({ context: ${body} }, null, server)`,
  ),
  "integration: the server imported, in jsx": apollo(
    `export const mw = (options) => async (req, server) => ${integrationBody};
export const View = () => <div>{String(mw)}</div>;`,
    `mw({ context: ${body} })`,
  ).replace(/: ApolloServer|: any| as const/g, ""),
  // loaned-stores.ts, leaking-block.ts
  "loan: wrapped stores, logical and destructuring assignments, a computed member": `${HEAD}export async function handle(ctx: any, event: any, [first]: any[], { locals = {} as any }: any) {
  const client = await pool.connect();
  (ctx as any).db = client satisfies object;
  event.locals = ({ dbconn: client!, ...(client as any) } as any);
  ((ctx)).other ??= (client);
  [ctx.a, , ctx.b] = [client, , client];
  ({ db: ctx.c } = { db: client });
  first[client as any] = client;
  locals["db"] = <any>client;
  await ctx.next();
  client.release();
}
`,
  // query-runner.ts
  "runner: dropped connect, optional, voided, caught, computed, alone": `${TYPEORM}export async function a() {
  const qr = dataSource.createQueryRunner();
  qr.connect();
  await qr.startTransaction();
  await qr.release();
}
export async function b() {
  const qr = dataSource.createQueryRunner();
  qr?.connect?.();
  void qr.connect();
  qr.connect().catch(() => {});
  (qr as any)["connect"]();
  qr!.connect(...[]);
}
export async function c() {
  const qr = dataSource.createQueryRunner();
  qr.connect();
}
export async function d() {
  const qr = dataSource.createQueryRunner();
  if (qr) qr.connect();
  for (const x of [1]) { qr.connect(); await qr.query("SELECT 1"); }
  await qr.release();
}
`,
  // release-flags.ts
  "flags: compared with booleans, in, private names, chains": `${HEAD}class F {
  #begun = false;
  async run(obj: any) {
    let begun = false;
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      begun = true;
      await client.query("COMMIT").then(() => { begun = false; });
    } catch (e) {
      if (true === begun) await client.query("ROLLBACK");
      if (begun !== !1) await client.query("ROLLBACK");
      if (#begun in obj) await client.query("ROLLBACK");
      if (begun === true === false) await client.query("ROLLBACK");
      if (!(false != begun)) await client.query("ROLLBACK");
      if (true === true) await client.query("ROLLBACK");
      if (this.#begun === true) await client.query("ROLLBACK");
      if ((begun as boolean)! == (true satisfies boolean)) await client.query("ROLLBACK");
      if (begun === undefined || null == begun) await client.query("ROLLBACK");
    } finally {
      client.release();
    }
  }
}
`,
  // batched-checkouts.ts, stranded-checkouts.ts
  "batch: awaited checkouts resolved in arrays with holes, spreads, objects, news, returns": `${HEAD}class S { constructor(...c: any[]) {} }
export const a = (dbs: any[]) => Promise.all(dbs.map(async (db) => [db.name, , new S(await db.pool.connect())]));
export const b = (dbs: any[]) => Promise.all(dbs.map(async () => [...(await pool.connect() as any)]));
export const c = (dbs: any[]) => Promise.all(dbs.map(async (k) => ({ [k]: await pool.connect(), get g() { return 1; }, ...{} })));
export const d = (dbs: any[]) => Promise.all(dbs.map(async function () { return { c: { d: [await pool.connect()!] } }; }));
export const e = (dbs: any[]) => Promise.all(Array.from(dbs, async () => new S(...[await pool.connect()])));
export const f = (dbs: any[]) => Promise.allSettled(dbs.map(async () => [await pool.connect()]));
export const g = (dbs: any[]) => Promise.all(dbs.map(async () => { const x = [await pool.connect()]; return x; }));
export const h = (dbs: any[]) => Promise.all(dbs.map(async () => (await pool.connect()) as any satisfies object));
export const i = (dbs: any[]) => Promise.all(dbs.flatMap(async () => new (S as any)(await pool.connect())));
export const j = (dbs: any[]) => Promise.all(dbs.map(async () => { if (dbs) return; return [await pool.connect()]; }));
`,
  // checkout-functions.ts
  "helper returns: assigned in a switch, patterns, members, logical, first statement": `${HEAD}let client: any;
const holder: any = {};
async function a(k: number) {
  switch (k) {
    case 1: client = await pool.connect(); return client;
    case 2: [client] = [await pool.connect()]; return client;
    default: return;
  }
}
async function b() { holder.c = await pool.connect(); return holder.c; }
async function c() { client ||= await pool.connect(); return client; }
async function d() { return client; }
async function e() { client = await pool.connect(); label: return client; }
async function f() { client = pool.connect(); return (client as any)!; }
export async function use() {
  const x = await a(1); const y = await b(); const z = await c(); const w = await d(); const v = await e(); const u = await f();
  return [x, y, z, w, v, u];
}
`,
  "helper returns: catch answers without a param, a try without catch, nested functions": `${HEAD}async function a(res: any) {
  try { return await pool.connect(); } catch { return res.status(503).end(); }
}
async function b() {
  try { return await pool.connect(); } finally { }
}
async function c(res: any) {
  try { const cl = await pool.connect(); return cl; } catch (err) { return () => { return res; }; }
}
async function d(res: any) {
  try { await null; } catch ({ message }: any) { return message; }
  try { return await pool.connect(); } catch (e) { try { return await pool.connect(); } catch { return res; } }
}
const e = async () => { try { return await pool.connect(); } catch { return; } };
export async function use(res: any) {
  const clients = [await a(res), await b(), await c(res), await d(res), await e()];
  return clients.length;
}
`,
  // orm-handles.ts
  "drizzle: every way to build the database, and its $client read": `${DRIZZLE}const a = drizzle(pool);
const b = drizzle();
const c = drizzle(...[pool]);
const d = drizzle({ ...{ client: pool } });
const e = drizzle({ client: new Client() });
const f = drizzle({ ["client"]: pool, connection: 1 });
const g = drizzle(process.env.DB!);
const h = drizzle(\`x\` ?? process["env"].Y as string);
const i = named(pool);
const j = dz.drizzle(pool);
let k = pgDrizzle(pool); k = drizzle(pool);
var l = drizzle(pool); var l = drizzle(pool);
const { $client } = drizzle(pool);
export async function use(m: any) {
  for (const db of [a, b, c, d, e, f, g, h, i, j, k, l, m]) {
    const client = await db.$client.connect();
    await client.query("SELECT 1");
  }
  const n = await (a as any)!.$client.connect();
  const o = await a["$client"].connect();
  const p = await $client.connect();
  const q = await a?.$client?.connect();
  return [n, o, p, q];
}
`,
  // wrapped-calls.ts, carried-promises.ts, awaited-value.ts
  "wrapped callees: sequences, call, apply, bind, optional, computed": held(
    `async function load(id: number) { return id; }
const args: any[] = [];
const self = {};`,
    `((0, load)(id), load.call(self, id), load.apply(null, args), load.apply(), load.bind(self)(id), load.bind()(), load?.call(self), load.call?.(self, id), load.bind(self, ...args)(), (load as any).call!(self, id), load["call"](self, id), new (load.bind(null) as any)(), (load.bind(self) as any).bind(self)(id))`,
  ),
  "arguments: in functions, arrows, methods, at the top": held(
    `async function load(id: number) { return id; }
function keep() { return arguments[0]; }
function keepAll() { return [...arguments]; }
const arrow = function () { return () => arguments[0]; };
const keeper = { keep(p: any) { return arguments[0] ?? p; }, ["k"]() { return arguments; } };
class C { m() { return arguments[1]; } }
keep(load(1)); keepAll(...[load(2)]); arrow.call(null, load(3)); keeper.keep(load(4)); keeper.keep.call(keeper, load(5)); keeper["k"](load(6)); new C().m(load(7));`,
    `(keep(), keepAll(), arrow()(), keeper.keep(1), keeper.k(), new C().m())`,
  ),
  "stores: deep members, Object.assign with no, one, spread arguments": held(
    `async function load(id: number) { return id; }
const box: any = { a: { b: {} } };
box.a.b.c = load(1);
box.a.push(load(2));
box[0] = load(3);
box.a["x"].y = load(4);
Object.assign(box, { p: load(5) }, ...[{ q: load(6) }]);
Object.assign(box);
(Object as any).assign(...[box, { r: load(7) }]);
Object.assign();
Object["assign"](box, { s: load(8) });`,
    `box`,
  ),
  "objects holding functions by name, methods of classes, recursion": held(
    `async function load(id: number): Promise<number> { return id > 0 ? load(id - 1) : id; }
function sync(id: number) { return id; }
declare function declared(id: number): Promise<number>;
const api = { load, fetch: load, sync, declared, missing, [Symbol.iterator]: load, ...{ spread: load } };
class Repo { static async find(id: number) { return id; } async find(id: number) { return id; } }`,
    `(api.load(id), api.fetch(id), api.sync(id), api.declared(id), api.missing(id), api.spread(id), Repo.find(id), new Repo().find.call(null, id), (api as any)!.load.bind(api)(id))`,
  ),
  "new of classes of the file: then as a key, accessor, static block, declared, merged, let": held(
    `async function load(id: number) { return id; }
class A { constructor(public p: any) {} }
class B { "then"() {} }
class C { static { } accessor x = 1; constructor(p: any) {} }
declare class D { constructor(p: any); }
interface E { then(): void }
class E { constructor(p: any) {} }
let F = class { constructor(p: any) {} };
const G = (class { constructor(p: any) {} } as any)!;
abstract class H { [key: string]: any; constructor(p: any) {} }
class I extends A {}
class J { ["th" + "en"]() {} }
namespace N { export class K { constructor(p: any) {} } }
const L = class M { m() { return M; } constructor(p: any) {} };
A.name; C.prototype; (L as any).then = 1;`,
    `[new A(load(id)), new B(load(id)), new C(load(id)), new D(load(id)), new E(load(id)), new F(load(id)), new G(load(id)), new (H as any)(load(id)), new I(load(id)), new J(load(id)), new N.K(load(id)), new L(load(id)), new (A as any)!(load(id)), new A]`,
  ),
  "empty bodies and files": `${HEAD}export async function a() {}\nexport const b = async () => {};\nclass C { async m() {} }\nexport async function d() { const client = await pool.connect(); }\n`,
};
