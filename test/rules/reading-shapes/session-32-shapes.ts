// Shapes written to break session 32's readings (review-32a): a node-machine definition's exit taken as a hand-over
// (callback-returned.ts: exits of every name, a logger for a second parameter, computed and optional calls, shadowed and
// destructured exits, arrows, TS wrappers), a checkout through a method of an imported instance (class-checkouts.ts:
// the binding shadowed, called bare, destructured, assigned again, handed to the wrapper's own methods, optional calls;
// its modules, which a string cannot hold, are read from disk in session-32-review.test.ts), and a checkout's promise
// kept in a `const` and raced (raced-checkouts.ts: read again after the race, chained, awaited in a finally, destructured,
// spread, raced against itself, re-assigned in a retry loop, `var` in a loop, exported, `typeof`, `await using`). A
// name ending in "js" is also linted by ESLint's default parser, espree. Read by new-readings-no-crash.test.ts.

const CJS = `const { Pool } = require("pg");\nconst pool = new Pool();\n`;
/** A Sails helper: `keys` in the definition, `fn` taking `params`, its checkout then `last`. */
const machine = (keys: string, params: string, last: string) =>
  `${CJS}module.exports = {\n  ${keys}\n  fn: async function (${params}) {\n    const c = await pool.connect();\n    ${last}\n  },\n};\n`;
/** A debit taking its client from `receiver` (an imported instance, `setup` before it), then `body`. */
const debit = (setup: string, receiver: string, body: string) =>
  `import { dbPool } from "./db/pool";\n${setup}\nexport async function debit(id: number) {\n  const client = await ${receiver};\n  ${body}\n}\n`;
/** A CommonJS acquire(pool, ms) whose body is `body`. */
const raced = (body: string) => `async function acquire(pool, ms) {\n  ${body}\n}\nmodule.exports = { acquire };\n`;

export const cases: Record<string, string> = {
  // callback-returned.ts: node-machine exits
  "machine: success js": machine("inputs: {},", "inputs, exits", "return exits.success(c);"),
  "machine: error exit js": machine("inputs: {},", "inputs, exits", "return exits.error(c);"),
  "machine: custom exit js": machine("inputs: {},\n  exits: { notFound: {} },", "inputs, exits", "return exits.notFound(c);"),
  "machine: logger second parameter js": machine("inputs: {},", "inputs, log", "log.debug(c);"),
  "machine: computed exit js": machine("inputs: {},", "inputs, exits", "return exits['success'](c);"),
  "machine: optional exit js": machine("inputs: {},", "inputs, exits", "return exits?.success?.(c);"),
  "machine: exits shadowed by a callback js": machine("inputs: {},", "inputs, exits", "[1].forEach((exits) => exits.success(c));"),
  "machine: exits destructured js": machine("inputs: {},", "inputs, { success }", "return success(c);"),
  "machine: success then a query js": machine("inputs: {},", "inputs, exits", "exits.success(c);\n    c.query('x');"),
  "machine: success in a then js": machine("inputs: {},", "inputs, exits", "return c.query('x').then(() => exits.success(c));"),
  "machine: success of a query's promise js": machine("inputs: {},", "inputs, exits", "return exits.success(c.query('x'));"),
  "machine: shorthand inputs and a computed fn js": `${CJS}const inputs = {};\nmodule.exports = { inputs, ['fn']: async (inputs, exits) => { const c = await pool.connect(); return exits.success(c); } };\n`,
  "machine: arrow fn, spread definition js": `${CJS}const base = { inputs: {} };\nmodule.exports = { ...base, fn: async (inputs, exits) => { const c = await pool.connect(); return exits.success(c); } };\n`,
  "machine: TS wrappers": `import { Pool } from "pg";\nconst pool = new Pool();\nexport default {\n  inputs: {} as const,\n  fn: async function (inputs: unknown, exits: any) {\n    const c = await pool.connect();\n    return (exits as any)!.success((c as any)!) satisfies unknown;\n  },\n};\n`,
  "machine: fn with no parameters js": `${CJS}module.exports = { inputs: {}, fn: async function () { const c = await pool.connect(); return arguments[1].success(c); } };\n`,
  // class-checkouts.ts: an imported instance's method
  "instance: released in a finally": debit("", "dbPool.getConnection()", `try { await client.query("x"); } finally { client.release(); }`),
  "instance: given back through the wrapper": debit("", "dbPool.getConnection()", `try { await client.query("x"); } finally { dbPool.release(client); }`),
  "instance: given back through an optional call": debit("", "dbPool.getConnection()", `try { await client.query("x"); } finally { dbPool?.release?.(client as any); }`),
  "instance: shadowed by a parameter": `import { dbPool } from "./db/pool";\nexport async function debit(dbPool: any) {\n  const client = await dbPool.getConnection();\n  await client.query("x");\n}\n`,
  "instance: optional and non-null receiver": debit("", "dbPool!?.getConnection()", `await client.query("x");`),
  "instance: computed method": debit("", `dbPool["getConnection"]()`, `await client.query("x");`),
  "instance: method destructured": `import { dbPool } from "./db/pool";\nconst { getConnection } = dbPool;\nexport async function f() { const client = await getConnection(); await client.query("x"); }\n`,
  "instance: namespace import": `import * as db from "./db/pool";\nexport async function f() { const client = await db.dbPool.getConnection(); await client.query("x"); }\n`,
  "instance: default import called in a class field": `import dbPool from "./db/pool";\nexport class Repo { load = async () => { const client = await dbPool.getConnection(); await client.query("x"); }; }\n`,
  "instance: required whole js": `const db = require("./db/pool");\nasync function f() { const client = await db.getClient(); await client.query("x"); client.release(); }\nmodule.exports = { f };\n`,
  "instance: module with no relative import": `import { dbPool } from "db-pool";\nexport async function f() { const client = await dbPool.getConnection(); await client.query("x"); }\n`,
  // raced-checkouts.ts: a checkout's promise kept in a const
  "raced: read again after the race js": raced("const p = pool.connect();\n  try { return await Promise.race([p, sleep(ms)]); } catch (e) { p.then((c) => c.release()); throw e; }"),
  "raced: a finally awaits it and releases js": raced("const p = pool.connect();\n  try { const c = await Promise.race([p, sleep(ms)]); await c.query('x'); } finally { (await p).release(); }"),
  "raced: destructured by Promise.all js": raced("const p = pool.connect();\n  const [c] = await Promise.all([p]);\n  return Promise.race([c, sleep(ms)]);"),
  "raced: spread into the array js": raced("const p = pool.connect();\n  return Promise.race([...[p], sleep(ms)]);"),
  "raced: in an object js": raced("const p = pool.connect();\n  return Promise.race([{ p }, sleep(ms)]);"),
  "raced: against itself js": raced("const p = pool.connect();\n  return Promise.race([p, p]);"),
  "raced: let re-assigned in a retry loop js": raced("let p = pool.connect();\n  for (let i = 0; i < 3; i++) { try { return await Promise.race([p, sleep(ms)]); } catch { p = pool.connect(); } }"),
  "raced: var in a loop js": raced("for (;;) { var p = pool.connect(); try { return await Promise.race([p, sleep(ms)]); } catch {} }"),
  "raced: in a closure js": raced("const p = pool.connect();\n  const go = () => Promise.race([p, sleep(ms)]);\n  return go();"),
  "raced: a connect callback's return value js": raced("const p = pool.connect((err, c, done) => done());\n  return Promise.race([p, sleep(ms)]);"),
  "raced: exported by a list": `import { Pool } from "pg";\nconst pool = new Pool();\nconst p = pool.connect();\nexport { p };\nexport const first = Promise.race([p, 1]);\n`,
  "raced: typeof read": `import { Pool } from "pg";\nexport async function a(pool: Pool, ms: number) {\n  const p = pool.connect();\n  let q: typeof p;\n  return await Promise.race([p, sleep(ms)]);\n}\ndeclare function sleep(ms: number): Promise<never>;\n`,
  "raced: TS wrappers": `import { Pool } from "pg";\nexport async function a(pool: Pool, ms: number) {\n  const p = (pool.connect() as Promise<any>)!;\n  return await Promise.race([p satisfies unknown, sleep(ms)] as const);\n}\ndeclare function sleep(ms: number): Promise<never>;\n`,
  "raced: await using": `import { Pool } from "pg";\nexport async function a(pool: Pool, ms: number) {\n  await using p = pool.connect() as any;\n  return await Promise.race([p, sleep(ms)]);\n}\ndeclare function sleep(ms: number): Promise<never>;\n`,
  "raced: declared in a for head js": raced("for (const p = pool.connect(); ; ) return Promise.race([p, sleep(ms)]);"),
  "raced: Promise.race with no argument js": raced("const p = pool.connect();\n  return Promise.race();"),
};
