// no-leaked-client: drizzle-orm's `db.$client`, the pg pool a node-postgres drizzle database was built on. A project
// that drops to raw SQL beside the ORM checks out through it (unaplauso/api's file service: `await db.$client.connect()`
// to LISTEN, kept by its notification handler only). `$client` is a pool when the database was built on one —
// `drizzle(pool)`, `drizzle({ client: pool })`, or a connection string, from which drizzle makes a pg Pool; the twins:
// a database built on `new Client()`, drizzle's postgres.js entry, a `let` given another database, a release in finally.
// A database typed with an alias that spells `$client: Pool` (pg's) says the same; an optional member, a Client or
// another library's Pool do not.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** A file building `db` with `build` (after `imports`) and a LISTEN set-up on `db.$client`; `end` closes the function. */
const listener = (imports: string, build: string, end = "") => `${imports}
${build}
export async function listen(onDeleted) {
  const client = await db.$client.connect();
  await client.query("LISTEN file_deleted");
  client.on("notification", onDeleted);${end}
}`;

/** A NestJS-style bootstrap taking `db` typed `Database`, an alias whose `$client` member is `client`. */
const typed = (imports: string, client: string) => `${imports}
type Database = NodePgDatabase & { ${client} };
export async function bootstrap(app) {
  const db: Database = app.get("database_connection");
  const client = await db.$client.connect();
  await client.query("LISTEN file_deleted");
}`;

const TYPES = 'import type { NodePgDatabase } from "drizzle-orm/node-postgres";\nimport type { Pool, Client } from "pg";';

const NODE_PG = 'import { drizzle } from "drizzle-orm/node-postgres";\nimport { Pool, Client } from "pg";';

ruleTester.run("ORM handles on the pg pool (no-leaked-client)", rule, {
  valid: [
    {
      name: "built on a pg Client, `$client` is one connection: connecting it checks nothing out",
      code: listener(NODE_PG, "const db = drizzle(new Client({ connectionString: process.env.DATABASE_URL }));"),
    },
    {
      name: "`{ client }` given a Client says the same",
      code: listener(NODE_PG, "const conn = new Client();\nconst db = drizzle({ client: conn });"),
    },
    {
      name: "drizzle's postgres.js entry keeps a postgres.js Sql in `$client`",
      code: listener('import { drizzle } from "drizzle-orm/postgres-js";', "const db = drizzle(process.env.DATABASE_URL);"),
    },
    {
      name: "a `let` given another database later is not known to hold the pool's",
      code: listener(NODE_PG, "let db = drizzle(new Pool());\nexport function use(other) {\n  db = other;\n}"),
    },
    {
      name: "released in a finally",
      code: `${NODE_PG}
const db = drizzle(new Pool());
export async function lock(work) {
  const client = await db.$client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(1)");
    return await work();
  } finally {
    client.release();
  }
}`,
    },
    {
      name: "an alias whose `$client` is optional says nothing of it",
      code: typed(TYPES, "$client?: Pool"),
    },
    {
      name: "an alias whose `$client` is a pg Client",
      code: typed(TYPES, "$client: Client"),
    },
    {
      name: "an alias whose `$client` is another library's Pool",
      code: typed('import type { NodePgDatabase } from "drizzle-orm/node-postgres";\nimport type { Pool } from "generic-pool";', "$client: Pool"),
    },
  ],
  invalid: [
    {
      name: "unaplauso/api's file service: `db` typed with an alias spelling `$client: Pool`, LISTEN never released",
      code: typed(TYPES, "$client: Pool"),
      errors: [{ messageId: "neverReleased", data: { pool: "db.$client" }, line: 6, column: 24 }],
    },
    {
      name: "drizzle(pool): a LISTEN checkout on `db.$client` never released",
      code: listener(NODE_PG, "const pool = new Pool();\nexport const db = drizzle(pool);"),
      errors: [{ messageId: "neverReleased", data: { pool: "db.$client" }, line: 6, column: 24 }],
    },
    {
      name: "drizzle({ client: pool })",
      code: listener(NODE_PG, "const pool = new Pool();\nconst db = drizzle({ client: pool, schema: {} });"),
      errors: [{ messageId: "neverReleased", data: { pool: "db.$client" }, line: 6, column: 24 }],
    },
    {
      name: "drizzle(process.env.DATABASE_URL!): drizzle makes the pool from the connection string",
      code: listener(NODE_PG, "const db = drizzle(process.env.DATABASE_URL!);"),
      errors: [{ messageId: "neverReleased", data: { pool: "db.$client" }, line: 5, column: 24 }],
    },
  ],
});
