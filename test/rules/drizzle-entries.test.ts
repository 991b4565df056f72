// no-leaked-client: what drizzle-orm's pg entries keep in `db.$client`, entry by entry, and a `db` imported from the
// project's own module. node-postgres and neon-serverless make a Pool (pg's, or neon's, which is pg's class) from a
// connection string or a `{ connection }` config; vercel-postgres takes no connection string and no `connection` key: it
// keeps the client it is given (`drizzle(createClient())` is one connection) or, given none, @vercel/postgres's `sql`,
// a pool. truehazker/elysia-boilerplate's start-up hook checks a client out of `db.$client` — `db` the default export of
// its ./db module, `drizzle({ connection: { … } })` — only to log, and never releases it.
import path from "node:path";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-drizzle-entries-");

/** A file building `db` with `build` (after `imports`) and a LISTEN set-up on `db.$client` that never releases. */
const probe = (imports: string, build: string) => `${imports}
${build}
export async function listen(onEvent) {
  const client = await db.$client.connect();
  await client.query("LISTEN events");
  client.on("notification", onEvent);
}`;

/** An entry module importing `db` with `binding` from ./db and checking a client out of `db.$client`, never released. */
const importer = (binding: string) => `import ${binding} from "./db";
export function onStart(log) {
  db.$client.connect().then(() => log("Database connected"));
}`;

const NODE_PG = 'import { drizzle } from "drizzle-orm/node-postgres";';
const NEON = 'import { drizzle } from "drizzle-orm/neon-serverless";\nimport { Pool, Client } from "@neondatabase/serverless";';
const VERCEL = 'import { drizzle } from "drizzle-orm/vercel-postgres";\nimport { sql, createClient } from "@vercel/postgres";';

write("connection/db.ts", `${NODE_PG}\nconst db = drizzle({ connection: { connectionString: process.env.DATABASE_URL, max: 10 } });\nexport default db;\n`);
write("named/db.ts", `${NODE_PG}\nimport { Pool } from "pg";\nconst pool = new Pool();\nexport const db = drizzle(pool, { schema: {} });\n`);
write("listed/db.ts", `${NODE_PG}\nconst database = drizzle(process.env.DATABASE_URL!);\nexport { database as db };\n`);
write("inline/db.ts", `${NODE_PG}\nimport pg from "pg";\nexport default drizzle({ client: new pg.Pool() });\n`);
write("split/pool.ts", `import { Pool } from "pg";\nexport const pool = new Pool({ max: 10 });\nexport const settings = { max: 10 };\n`);
write("split/db.ts", `${NODE_PG}\nimport { pool } from "./pool";\nexport const db = drizzle({ client: pool });\n`);
write("split-object/db.ts", `${NODE_PG}\nimport { settings } from "../split/pool";\nexport const db = drizzle(settings);\n`);
write("client/db.ts", `${NODE_PG}\nimport { Client } from "pg";\nexport const db = drizzle(new Client());\n`);
write("postgres-js/db.ts", `import { drizzle } from "drizzle-orm/postgres-js";\nexport const db = drizzle(process.env.DATABASE_URL!);\n`);
write("reassigned/db.ts", `${NODE_PG}\nexport let db = drizzle(process.env.DATABASE_URL!);\nexport function use(other) {\n  db = other;\n}\n`);

const at = (dir: string) => path.join(root, dir, "entry.ts");

ruleTester.run("drizzle's pg entries and imported databases (no-leaked-client)", rule, {
  valid: [
    {
      name: "vercel-postgres given a VercelClient keeps that one connection",
      code: probe(VERCEL, "const db = drizzle(createClient());"),
    },
    {
      name: "vercel-postgres takes no connection string: a string is not made into a pool",
      code: probe(VERCEL, "const db = drizzle(process.env.POSTGRES_URL!);"),
    },
    {
      name: "vercel-postgres given a spread config: whether it carries a `client` is not known",
      code: probe(VERCEL, "const db = drizzle({ ...config, logger: false });"),
    },
    {
      name: "neon-serverless built on neon's Client",
      code: probe(NEON, "const db = drizzle({ client: new Client() });"),
    },
    {
      name: "an imported database built on a pg Client",
      code: importer("{ db }"),
      filename: at("client"),
    },
    {
      name: "an imported database of drizzle's postgres.js entry",
      code: importer("{ db }"),
      filename: at("postgres-js"),
    },
    {
      name: "an imported `let` the module assigns again",
      code: importer("{ db }"),
      filename: at("reassigned"),
    },
    {
      name: "an imported database built on another module's export that is no pool",
      code: importer("{ db }"),
      filename: at("split-object"),
    },
    {
      name: "an import of a module that is not there",
      code: importer("db"),
      filename: at("missing"),
    },
  ],
  invalid: [
    {
      name: "node-postgres `{ connection }`: drizzle makes the pool from the config",
      code: probe(NODE_PG, "const db = drizzle({ connection: { connectionString: process.env.DATABASE_URL }, casing: \"snake_case\" });"),
      errors: [{ messageId: "neverReleased", data: { pool: "db.$client" }, line: 4, column: 24 }],
    },
    {
      name: "neon-serverless given neon's Pool",
      code: probe(NEON, "const pool = new Pool({ connectionString: process.env.DATABASE_URL });\nconst db = drizzle(pool);"),
      errors: [{ messageId: "neverReleased", data: { pool: "db.$client" }, line: 6, column: 24 }],
    },
    {
      name: "neon-serverless given a connection string",
      code: probe(NEON, "const db = drizzle(process.env.DATABASE_URL!);"),
      errors: [{ messageId: "neverReleased", data: { pool: "db.$client" }, line: 5, column: 24 }],
    },
    {
      name: "neon-serverless `{ connection }`",
      code: probe(NEON, "const db = drizzle({ connection: process.env.DATABASE_URL! });"),
      errors: [{ messageId: "neverReleased", data: { pool: "db.$client" }, line: 5, column: 24 }],
    },
    {
      name: "vercel-postgres given @vercel/postgres's `sql`",
      code: probe(VERCEL, "const db = drizzle(sql);"),
      errors: [{ messageId: "neverReleased", data: { pool: "db.$client" }, line: 5, column: 24 }],
    },
    {
      name: "vercel-postgres given nothing keeps `sql`, a pool",
      code: probe(VERCEL, "const db = drizzle();"),
      errors: [{ messageId: "neverReleased", data: { pool: "db.$client" }, line: 5, column: 24 }],
    },
    {
      name: "vercel-postgres given a config without `client` keeps `sql`",
      code: probe(VERCEL, "const db = drizzle({ schema: {}, logger: false });"),
      errors: [{ messageId: "neverReleased", data: { pool: "db.$client" }, line: 5, column: 24 }],
    },
    {
      name: "truehazker/elysia-boilerplate: the default export of ./db, `drizzle({ connection })`",
      code: importer("db"),
      filename: at("connection"),
      errors: [{ messageId: "neverReleased", data: { pool: "db.$client" }, line: 3, column: 3 }],
    },
    {
      name: "a named export `export const db = drizzle(pool)`",
      code: importer("{ db }"),
      filename: at("named"),
      errors: [{ messageId: "neverReleased", data: { pool: "db.$client" }, line: 3, column: 3 }],
    },
    {
      name: "a database built on the pool its module imports from a third module",
      code: importer("{ db }"),
      filename: at("split"),
      errors: [{ messageId: "neverReleased", data: { pool: "db.$client" }, line: 3, column: 3 }],
    },
    {
      name: "an export list renaming the database",
      code: importer("{ db }"),
      filename: at("listed"),
      errors: [{ messageId: "neverReleased", data: { pool: "db.$client" }, line: 3, column: 3 }],
    },
    {
      name: "`export default drizzle({ client: new pg.Pool() })`",
      code: importer("db"),
      filename: at("inline"),
      errors: [{ messageId: "neverReleased", data: { pool: "db.$client" }, line: 3, column: 3 }],
    },
  ],
});
