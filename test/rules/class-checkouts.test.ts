// A checkout through a method of the project's own class that wraps a pool (kmlcnclk/fastify-rest-api-with-postgresql's
// PostgresDB.connect(), darky/pg-trx-outbox's Pg.getClient(), lolmeida/postgres-mcp's PostgresConnection.getClient()):
// the awaited call of that method on an instance — `this` inside the class, a field or variable assigned `new Db()`,
// or one annotated `: Db` — holds a pool client the caller must release. The helper* messages are used and no
// withClient rewrite is offered (the caller has no pool to give it). So is the call on an instance the class's module
// exports (droderuan/node-rinha-backend-2024q1's `export const dbPool = new DbPool(20)`). A method that returns a
// client it keeps, a class in a module that does not use pg, and a receiver with no evidence of the class stay silent.
import path from "node:path";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-class-checkouts-");

// A class of the project that hands out checkouts; one that hands out the client it keeps for the session; one
// around another library's client (no pg import), whose method has the same shape.
write(
  "db.ts",
  `import { Pool, PoolClient } from "pg";\nexport class Db {\n  private pool = new Pool();\n  getClient(): Promise<PoolClient> {\n    return this.pool.connect();\n  }\n}\nexport default Db;\n`,
);
write(
  "session.ts",
  `import { Pool, PoolClient } from "pg";\nexport class Db {\n  private instance?: PoolClient;\n  constructor(private pool: Pool) {}\n  async onRequest() {\n    this.instance = await this.pool.connect();\n  }\n  async getClient() {\n    return this.instance;\n  }\n}\n`,
);
// A module that hands out an instance of its checkout class (the class itself not exported), the same as the module's
// value, and an instance of a class around another library's client.
write(
  "pool-instance.ts",
  `import pg from "pg";\nclass DbPool {\n  pool!: pg.Pool;\n  start() {\n    this.pool = new pg.Pool();\n  }\n  async getConnection() {\n    return this.pool.connect();\n  }\n}\nexport const dbPool = new DbPool();\n`,
);
write("pool-value.js", `const { Pool } = require("pg");\nclass Db {\n  constructor() {\n    this.pool = new Pool();\n  }\n  getClient() {\n    return this.pool.connect();\n  }\n}\nmodule.exports = new Db();\n`);
write("queue-instance.js", `class Db {\n  constructor(client) {\n    this.client = client;\n  }\n  getClient() {\n    return this.client.connect();\n  }\n}\nmodule.exports = { db: new Db(queueClient) };\n`);
write("queue.js", `class Db {\n  constructor(client) {\n    this.client = client;\n  }\n  getClient() {\n    return this.client.connect();\n  }\n}\nmodule.exports = { Db };\n`);

const at = (name = "entry.ts") => path.join(root, name);
/** A repository keeping a `Db` as `field`, whose `list()` runs `body` after the checkout. */
const REPOSITORY = (source: string, field: string, body: string) =>
  `import { Db } from "${source}";\nexport class Repository {\n  ${field}\n  async list() {\n    const client = await this.db.getClient();\n${body}  }\n}\n`;
const RELEASED_AFTER_QUERY = `    const { rows } = await client.query("SELECT * FROM t");\n    client.release();\n    return rows;\n`;
const RELEASED_IN_FINALLY = `    try {\n      return (await client.query("SELECT * FROM t")).rows;\n    } finally {\n      client.release();\n    }\n`;
/** A function taking `client` from `receiver.method()` of an import, then running `body`. */
const THROUGH_INSTANCE = (imported: string, receiver: string, body: string) =>
  `${imported}\nexport async function debit(id: number) {\n  const client = await ${receiver};\n${body}}\n`;
const DEBIT_BEFORE_TRY = `  await client.query("BEGIN");\n  await client.query("UPDATE cliente SET saldo = saldo - 1 WHERE id = $1", [id]);\n  client.query("COMMIT").then(() => client.release());\n`;
const DEBIT_IN_FINALLY = `  try {\n    await client.query("UPDATE cliente SET saldo = saldo - 1 WHERE id = $1", [id]);\n  } finally {\n    client.release();\n  }\n`;
/** A class of the same file with a checkout method, and a method of its own that calls it. */
const OWN_CLASS = (body: string) =>
  `import { Pool } from "pg";\nexport class Store {\n  private pool = new Pool();\n  async getClient() {\n    return await this.pool.connect();\n  }\n  async save(id: number) {\n    const client = await this.getClient();\n${body}  }\n}\n`;

ruleTester.run("no-leaked-client: a checkout through a method of the project's own pool class", rule, {
  valid: [
    {
      name: "an imported class's checkout released in a finally",
      code: REPOSITORY("./db", "db: Db;", RELEASED_IN_FINALLY),
      filename: at(),
    },
    {
      name: "a method that returns the session's client it keeps is not a checkout (casternuts/whatsapp-clone-server)",
      code: REPOSITORY("./session", "db: Db;", RELEASED_AFTER_QUERY),
      filename: at(),
    },
    {
      name: "a class of a module that does not use pg: its connect() is another library's",
      code: `const { Db } = require("./queue");\nclass Worker {\n  constructor() {\n    this.db = new Db(queueClient);\n  }\n  async run() {\n    const client = await this.db.getClient();\n    await client.query("work");\n    client.release();\n  }\n}\nmodule.exports = { Worker };\n`,
      filename: at("entry.js"),
    },
    {
      name: "a parameter property with a default instance, released in a finally",
      code: REPOSITORY("./db", "constructor(private readonly db: Db = new Db()) {}", RELEASED_IN_FINALLY),
      filename: at(),
    },
    {
      name: "a parameter property with a default, typed by a promise of the class, is not an instance of it",
      code: REPOSITORY("./db", "constructor(private readonly db: Promise<Db> = Promise.resolve(new Db())) {}", RELEASED_AFTER_QUERY),
      filename: at(),
    },
    {
      name: "a field typed by a promise of the class is not an instance of it",
      code: REPOSITORY("./db", "db: Promise<Db>;", RELEASED_AFTER_QUERY),
      filename: at(),
    },
    {
      name: "a class of the same file: the checkout released in the catch and handed to the caller (lolmeida/postgres-mcp)",
      code: OWN_CLASS(`    try {\n      await client.query("BEGIN");\n      return client;\n    } catch (error) {\n      client.release();\n      throw error;\n    }\n`),
      filename: at(),
    },
    {
      name: "a class of the same file: released in a finally",
      code: OWN_CLASS(`    try {\n      await client.query("UPDATE t SET seen = true WHERE id = $1", [id]);\n    } finally {\n      client.release();\n    }\n`),
      filename: at(),
    },
    {
      name: "an instance the class's module exports, released in a finally",
      code: THROUGH_INSTANCE(`import { dbPool } from "./pool-instance";`, "dbPool.getConnection()", DEBIT_IN_FINALLY),
      filename: at(),
    },
    {
      name: "an instance of a class around another library's client (its module does not use pg)",
      code: THROUGH_INSTANCE(`import { db } from "./queue-instance";`, "db.getClient()", DEBIT_BEFORE_TRY),
      filename: at(),
    },
    {
      name: "an instance of the checkout class's module called on a method that is no checkout",
      code: THROUGH_INSTANCE(`import { dbPool } from "./pool-instance";`, "dbPool.start()", DEBIT_BEFORE_TRY),
      filename: at(),
    },
  ],
  invalid: [
    {
      name: "an instance the class's module exports, BEGIN awaited before any try (droderuan/node-rinha-backend-2024q1's debito)",
      code: THROUGH_INSTANCE(`import { dbPool } from "./pool-instance";`, "dbPool.getConnection()", DEBIT_BEFORE_TRY),
      filename: at(),
      errors: [{ messageId: "helperRejectionSkipsRelease", line: 3, column: 24, suggestions: [] }],
    },
    {
      name: "the module's value is the instance (`module.exports = new Db()`), required whole",
      code: THROUGH_INSTANCE(`const db = require("./pool-value");`, "db.getClient()", DEBIT_BEFORE_TRY),
      filename: at(),
      errors: [{ messageId: "helperRejectionSkipsRelease", line: 3, column: 24, suggestions: [] }],
    },
    {
      name: "a field annotated with the imported class, released after a query that may throw (kmlcnclk's repositories)",
      code: REPOSITORY("./db", "db: Db;", RELEASED_AFTER_QUERY),
      filename: at(),
      errors: [{ messageId: "helperNotReleasedOnThrow", line: 5, column: 26, suggestions: [] }],
    },
    {
      name: "a parameter property of the imported class (lolmeida/postgres-mcp's TransactionService)",
      code: REPOSITORY("./db", "constructor(private readonly db: Db) {}", RELEASED_AFTER_QUERY),
      filename: at(),
      errors: [{ messageId: "helperNotReleasedOnThrow", line: 5, column: 26, suggestions: [] }],
    },
    {
      name: "a parameter property with a default instance, released after a query that may throw (yash-jkl/serverless-tenant's TenantDataService)",
      code: REPOSITORY("./db", "constructor(private readonly db: Db = new Db()) {}", RELEASED_AFTER_QUERY),
      filename: at(),
      errors: [{ messageId: "helperNotReleasedOnThrow", line: 5, column: 26, suggestions: [] }],
    },
    {
      name: "a field assigned a new instance in the constructor, the class the module's default export",
      code: `import Db from "./db";\nexport class Repository {\n  constructor() {\n    this.db = new Db();\n  }\n  async list() {\n    const client = await this.db.getClient();\n    return (await client.query("SELECT * FROM t")).rows;\n  }\n}\n`,
      filename: at(),
      errors: [{ messageId: "helperNeverReleased", line: 7, column: 26, suggestions: [] }],
    },
    {
      name: "a module-level instance used by a function",
      code: `import { Db } from "./db";\nconst db = new Db();\nexport async function list() {\n  const client = await db.getClient();\n  const { rows } = await client.query("SELECT * FROM t");\n  client.release();\n  return rows;\n}\n`,
      filename: at(),
      errors: [{ messageId: "helperNotReleasedOnThrow", line: 4, column: 24, suggestions: [] }],
    },
    {
      name: "a class of the same file: its own checkout method, released after a query that may throw",
      code: OWN_CLASS(`    await client.query("UPDATE t SET seen = true WHERE id = $1", [id]);\n    client.release();\n`),
      filename: at(),
      errors: [{ messageId: "helperNotReleasedOnThrow", line: 8, column: 26, suggestions: [] }],
    },
    {
      name: "queried before it is stored, in a try whose catch rethrows (lolmeida/postgres-mcp's beginTransaction): named by the call",
      code: REPOSITORY(
        "./db",
        "constructor(private readonly db: Db, private readonly open: Map<string, unknown>) {}",
        `    await client.query("BEGIN");\n    this.open.set("tx", client);\n`,
      ),
      filename: at(),
      errors: [
        { messageId: "helperNotHandedOverOnThrow", data: { checkout: "this.db.getClient()", line: 6 }, line: 5, column: 26, suggestions: [] },
      ],
    },
    {
      name: "work before the releasing try: named by the call",
      code: REPOSITORY("./db", "db: Db;", `    await client.query("SET search_path TO app");\n${RELEASED_IN_FINALLY}`),
      filename: at(),
      errors: [
        { messageId: "helperWorkBeforeTry", data: { checkout: "this.db.getClient()", line: 6, tryLine: 7 }, line: 5, column: 26, suggestions: [] },
      ],
    },
    {
      name: "several call sites in one file: each checkout judged on its own (kmlcnclk's user.repository has six)",
      code: `import { Db } from "./db";\nexport class Repository {\n  constructor(private readonly db: Db) {}\n  async list() {\n    const client = await this.db.getClient();\n    try {\n      return (await client.query("SELECT * FROM t")).rows;\n    } finally {\n      client.release();\n    }\n  }\n  async count() {\n    const client = await this.db.getClient();\n    const { rows } = await client.query("SELECT count(*) FROM t");\n    client.release();\n    return rows[0];\n  }\n  async remove(id: number) {\n    const client = await this.db.getClient();\n    await client.query("DELETE FROM t WHERE id = $1", [id]);\n  }\n}\n`,
      filename: at(),
      errors: [
        { messageId: "helperNotReleasedOnThrow", line: 13, column: 26, suggestions: [] },
        { messageId: "helperNeverReleased", line: 19, column: 26, suggestions: [] },
      ],
    },
    {
      name: "a class of the same file: an instance in a variable, never released",
      code: `import { Pool } from "pg";\nclass Store {\n  pool = new Pool();\n  getClient() {\n    return this.pool.connect();\n  }\n}\nconst store = new Store();\nexport async function count() {\n  const client = await store.getClient();\n  return (await client.query("SELECT count(*) FROM t")).rows[0];\n}\n`,
      filename: at(),
      errors: [{ messageId: "helperNeverReleased", line: 10, column: 24, suggestions: [] }],
    },
  ],
});
