// What `this.pg` and pg's client types say about a pool (met in szilu/koa-pg, see test/realworld/): a class that keeps
// its own `pg` holds whatever it was given, not the `@fastify/postgres` decorator, and an expression annotated with
// one of pg's client types is a client. Exercised through no-transaction-on-pool, whose finding is only a pool's.
import rule from "../../rules/no-transaction-on-pool.js";
import { ruleTester } from "../support/rule-tester.js";

ruleTester.run("pool judgement: a class's own pg, pg's client types", rule, {
  valid: [
    {
      name: "a wrapper class keeps the client it was given in this.pg",
      code: `export class DB {\n  constructor(pg) {\n    this.pg = pg;\n  }\n  begin() {\n    return this.pg.query("BEGIN");\n  }\n}`,
    },
    {
      name: "a field typed with pg's ClientBase",
      code: `import * as PG from "pg";\nexport class DB {\n  pg: PG.ClientBase;\n  constructor(pg: PG.ClientBase) {\n    this.pg = pg;\n  }\n  commit() {\n    return this.pg.query("COMMIT");\n  }\n}`,
    },
    {
      name: "a parameter named like a pool but typed as pg's PoolClient",
      code: `import type { PoolClient } from "pg";\nexport async function begin(pool: PoolClient) {\n  await pool.query("BEGIN");\n}`,
    },
  ],
  invalid: [
    {
      name: "this.pg inside a Fastify route handler is the decorator",
      code: `export default async function routes(fastify) {\n  fastify.post("/", async function () {\n    await this.pg.query("BEGIN");\n  });\n}`,
      errors: [{ messageId: "transactionOnPool", data: { command: "BEGIN", pool: "this.pg" }, line: 3, column: 11 }],
    },
    {
      name: "a class that takes its pg from the Fastify decorator",
      code: `export class Repo {\n  constructor(fastify) {\n    this.pg = fastify.pg;\n  }\n  begin() {\n    return this.pg.query("BEGIN");\n  }\n}`,
      errors: [{ messageId: "transactionOnPool", data: { command: "BEGIN", pool: "this.pg" }, line: 6, column: 12 }],
    },
    {
      name: "a parameter typed as pg's Pool",
      code: `import type { Pool } from "pg";\nexport async function begin(db: Pool) {\n  await db.query("BEGIN");\n}`,
      errors: [{ messageId: "transactionOnPool", data: { command: "BEGIN", pool: "db" }, line: 3, column: 9 }],
    },
  ],
});
