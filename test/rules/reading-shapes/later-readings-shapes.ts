// Shapes of the session's later readings written to break them (review-e): the store lent until the function's own
// release (loaned-stores.ts: finally, catch, shadowed, default, nested and rest parameters, TS wrappers, a release
// handed on), the checkout's promise awaited later (awaited-promise-checkout.ts: twice, in a loop, wrapped,
// destructured, in a closure, an array hole), the executor's settlers (promise-settlers.ts: optional calls, rest
// parameters, an alias, `arguments`) and the store a listener clears (listener-cleared-holders.ts: `this` in arrow and
// function listeners, a release, optional calls, a named listener). Read by new-readings-no-crash.test.ts.
const P = `import { Pool } from "pg";\nconst pool = new Pool();\n`;
export const cases: Record<string, string> = {
  loanFinally: P + `export async function handle({ event, resolve }) { const c = await pool.connect(); event.locals = { c }; try { return await resolve(event); } finally { c.release(); } }`,
  loanKoa: P + `export async function mw(ctx, next) { const client = await pool.connect(); ctx.db = client; await next(); client.release(); }`,
  loanKoaCatch: P + `export async function mw(ctx, next) { const client = await pool.connect(); try { ctx.db = client; await next(); client.release(); } catch (e) { client.release(); throw e; } }`,
  loanShadow: P + `export async function mw(ctx, next) { const client = await pool.connect(); { const ctx = {} as any; ctx.db = client; client.release(); } await next(); }`,
  loanDefaultParam: P + `export async function mw(ctx = {} as any, next) { const client = await pool.connect(); ctx.db = client; await next(); client.release(); }`,
  loanNestedPattern: P + `export async function mw({ a: { b } }, [x, , y = 1], ...rest) { const client = await pool.connect(); b.db = client; await x(); client.release(); }`,
  loanWrapped: P + `export const mw = async (ctx: any, next: any) => { const client = (await pool.connect())!; (ctx as any).db = client satisfies object; await next(); client?.release(); };`,
  loanReleasedAndPassed: P + `export async function mw(ctx, next) { const client = await pool.connect(); ctx.db = client; ctx.done = () => client.release(); await next(); }`,
  pendingOnce: P + `export async function f() { const pending = pool.connect(); const c = await pending; try { await c.query("x"); } finally { c.release(); } }`,
  pendingLeak: P + `export async function f() { const pending = pool.connect(); const c = await pending; await c.query("x"); c.release(); }`,
  pendingTwice: P + `export async function f() { const pending = pool.connect(); const [a, b] = [await pending, await pending]; a.release(); }`,
  pendingLoop: P + `export async function f() { const pending = pool.connect(); for (;;) { const c = await pending; c.release(); break; } }`,
  pendingWrapped: P + `export async function f() { const pending = pool.connect() as Promise<any>; const c = (await pending!) as any; c.release(); }`,
  pendingDestructured: P + `export async function f() { const pending = pool.connect(); const { release, query } = await pending; await query("x"); release(); }`,
  pendingClosure: P + `export async function f() { const pending = pool.connect(); return async () => { const c = await pending; c.release(); }; }`,
  pendingArrayHole: P + `export async function f() { const [, pending] = [0, pool.connect()]; const c = await pending; c.release(); }`,
  settlerRelease: P + `export function f() { return new Promise((resolve, reject) => { pool.connect().then((c) => { c.query("x").then(() => { c.release(); resolve(1); }, (e) => { c.release(); reject(e); }); }); }); }`,
  settlerOptional: P + `export function f() { return new Promise((resolve, ...rest) => { pool.connect((e, c, done) => { if (e) return rest[0]?.(e); resolve?.(c.query("x")); done(); }); }); }`,
  settlerAlias: P + `export function f() { return new Promise(function (ok) { const r = ok; pool.connect((e, c, done) => { r(arguments); done(); }); }); }`,
  listenerClear: P + `let held: any; export async function boot() { const c = await pool.connect(); held = c; c.on("error", () => { console.error("x"); held = undefined; }); await c.query("LISTEN x"); }`,
  listenerClearThis: P + `export class A { c: any; async boot() { const c = await pool.connect(); this.c = c; c.on("end", () => { this.c = null; }); c.on("error", function () { this.c = null; }); } }`,
  listenerFnThis: P + `export class A { c: any; async boot() { const c = await pool.connect(); this.c = c; c.on("error", function () { this.c = null; }); await c.query("LISTEN x"); } }`,
  listenerArrowThis: P + `export class A { c: any; async boot() { const c = await pool.connect(); this.c = c; c.on("error", () => { this.c = null; }); await c.query("LISTEN x"); } }`,
  listenerRelease: P + `let held: any; export async function boot() { const c = await pool.connect(); held = c; c.on("error", () => { held = undefined; c.release(true); }); }`,
  listenerOptional: P + `let held: any; export async function boot() { const c = await pool.connect(); held = c; c?.on?.("error", () => { held = undefined; }); c.removeAllListeners?.(); }`,
  listenerNamed: P + `let held: any; const onErr = () => { held = undefined; }; export async function boot() { const c = await pool.connect(); held = c; c.on("error", onErr); }`,
};
