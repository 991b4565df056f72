// Leaks in a file that says `connect(` seen only through a function other than the one that checks out: a nested
// callback, a helper declared after its use (function or const arrow), a class method, a function the client is
// handed to, a static block, a TypeORM runner that never says connect( (review-g, against
// lintcost-w's gating of the functions analysed: the gate must never change a finding). Valid twins: the client
// handed to a helper of the file, or a method of the class, declared after its use, that releases it on every path.
import noLeakedClient from "../../rules/no-leaked-client.js";
import noTransactionOnPool from "../../rules/no-transaction-on-pool.js";
import { ruleTester } from "../support/rule-tester.js";

const HEAD = `import { Pool } from "pg";\nconst pool = new Pool();\n`;

ruleTester.run("no-leaked-client: leaks seen through another function of the file", noLeakedClient, {
  valid: [
    {
      name: "handed to a helper declared after its use that releases",
      code: `${HEAD}export async function a() {\n  const c = await pool.connect();\n  finish(c);\n}\nfunction finish(c: any) {\n  c.release();\n}\n`,
    },
    {
      name: "handed to a method of the class declared after its use that releases",
      code: `${HEAD}export class Repo {\n  async get() {\n    const c = await pool.connect();\n    this.done(c);\n  }\n  done(c: any) {\n    c.release();\n  }\n}\n`,
    },
  ],
  invalid: [
    {
      name: "a node-style checkout in a nested route callback",
      code: `${HEAD}export function route(app: any) {\n  app.get("/", (req: any, res: any) => {\n    pool.connect((err: any, client: any, done: any) => {\n      if (err) return res.end();\n      client.query("SELECT 1", (e: any, r: any) => {\n        res.send(r);\n      });\n    });\n  });\n}\n`,
      errors: [{ messageId: "neverReleased", line: 5, column: 5 }],
    },
    {
      name: "a checkout helper declared after its use",
      code: `${HEAD}export async function a() {\n  const c = await getClient();\n  await c.query("SELECT 1");\n}\nasync function getClient() {\n  return pool.connect();\n}\n`,
      errors: [{ messageId: "helperNeverReleased", line: 4, column: 19 }],
    },
    {
      name: "a const arrow checkout helper declared after its use",
      code: `${HEAD}export async function a() {\n  const c = await getClient();\n  await c.query("SELECT 1");\n  c.release();\n}\nconst getClient = async () => {\n  const client = await pool.connect();\n  return client;\n};\n`,
      errors: [{ messageId: "helperNotReleasedOnThrow", line: 4, column: 19 }],
    },
    {
      name: "a class method checking out through another method declared after it",
      code: `${HEAD}export class Repo {\n  pool = new Pool();\n  async helper() {\n    const c = await this.client();\n    await c.query("SELECT 1");\n  }\n  client() {\n    return this.pool.connect();\n  }\n}\n`,
      errors: [{ messageId: "helperNeverReleased", line: 6, column: 21 }],
    },
    {
      name: "the client handed to a function of the file that never releases it",
      code: `${HEAD}export function a() {\n  return pool.connect().then((client) => use(client));\n}\nfunction use(client: any) {\n  return client.query("SELECT 1");\n}\n`,
      errors: [{ messageId: "neverReleased", line: 4, column: 10 }],
    },
    {
      name: "an optional call of connect, a static block's checkout",
      code: `${HEAD}export async function a() {\n  const c = await pool.connect?.();\n  await c!.query("SELECT 1");\n}\nexport class A {\n  static { pool.connect().then((c) => c.query("SELECT 1")); }\n}\n`,
      errors: [
        { messageId: "neverReleased", line: 4, column: 19 },
        { messageId: "neverReleased", line: 8, column: 12 },
      ],
    },
    {
      name: "a TypeORM runner that never says connect(",
      code: `import { DataSource } from "typeorm";\nconst ds = new DataSource({ type: "postgres" });\nexport async function a() {\n  const qr = ds.createQueryRunner();\n  await qr.startTransaction();\n  await qr.query("SELECT 1");\n  await qr.commitTransaction();\n  await qr.release();\n}\n`,
      errors: [{ messageId: "queryRunnerNotReleased", line: 4, column: 14 }],
    },
  ],
});

ruleTester.run("no-transaction-on-pool: a function without connect( in a file that says it", noTransactionOnPool, {
  valid: [],
  invalid: [
    {
      name: "BEGIN and COMMIT through the pool beside a checkout elsewhere",
      code: `${HEAD}export async function a() {\n  const c = await pool.connect();\n  c.release();\n}\nexport async function t() {\n  await pool.query("BEGIN");\n  await pool.query("UPDATE x SET y = 1");\n  await pool.query("COMMIT");\n}\n`,
      errors: [
        { messageId: "transactionOnPool", line: 8, column: 9 },
        { messageId: "transactionOnPool", line: 10, column: 9 },
      ],
    },
  ],
});
