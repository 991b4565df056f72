// A local module's helper that returns its checkout inside an object (Axbon/radler's getTenantsQueryAdapter: `return
// getQueryAdapter({ connection })`, or a plain `return { client, meta }`): the caller that takes the client's key out
// of the awaited object, or keeps the object and calls methods on `session.client`, holds a client it must release. An object that also carries a way to give the client back
// (`release`, `done`), a helper that returns anything else on some path, or a key other than the carried one, stays
// silent as before.
import path from "node:path";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-carried-checkouts-");

write(
  "adapter/pool.ts",
  `import { Pool, PoolClient } from "pg";\nconst pools = new Map<string, Pool>();\nexport const getQueryAdapter = ({ connection }: { connection: PoolClient }) => ({\n  connection,\n  storage: { db: async (sql: string) => (await connection.query(sql)).rows },\n});\nexport const getTenantAdapter = async (host: string) => {\n  const pool = pools.get(host) ?? new Pool({ host });\n  pools.set(host, pool);\n  const connection = await pool.connect();\n  return getQueryAdapter({ connection });\n};\nexport async function getSession() {\n  const client = await pools.get("main")!.connect();\n  return { client, startedAt: Date.now() };\n}\n`,
);
// The same shapes, with a way back in the object, or something else returned on one path.
write(
  "other/pool.ts",
  `import { Pool } from "pg";\nconst pool = new Pool();\nexport async function getSession() {\n  const client = await pool.connect();\n  return { client, done: () => client.release() };\n}\nexport async function getMaybe(cached: { client: unknown } | null) {\n  if (cached) return cached;\n  const client = await pool.connect();\n  return { client };\n}\n`,
);

const at = (dir: string) => path.join(root, dir, "entry.ts");
/** Axbon/radler's hook: the carried client stored on the request after (or before) a query that may throw. */
const HOOK = (body: string) =>
  `import { getTenantAdapter } from "./pool";\nexport async function setupTenant(req: any) {\n  try {\n    const { storage, connection } = await getTenantAdapter(req.host);\n${body}  } catch (e) {\n    return req.error(e);\n  }\n}\nexport async function releaseTenant(req: any) {\n  await req.connection?.release();\n}\n`;
const WORK = `    await storage.db("SELECT set_config('app.tenant', 'x', false)");\n`;
const STORE = `    req.connection = connection;\n`;
/** The object kept whole: its client reached as `session.client`. */
const WHOLE = (body: string) =>
  `import { getSession } from "./pool";\nexport async function load(req: any, id: number) {\n  const session = await getSession();\n${body}}\n`;
const SESSION = (dir: string, body: string) =>
  `import { getSession } from "./pool";\nexport async function load(id: number) {\n  const { client } = await getSession();\n${body}}\n`;

ruleTester.run("no-leaked-client: a checkout carried in the object a local module's helper returns", rule, {
  valid: [
    {
      name: "the carried client stored on the request before the work: the request's release hook owns it",
      code: HOOK(STORE + WORK),
      filename: at("adapter"),
    },
    {
      name: "released in a finally",
      code: SESSION("adapter", `  try {\n    return (await client.query("SELECT $1::int", [id])).rows;\n  } finally {\n    client.release();\n  }\n`),
      filename: at("adapter"),
    },
    {
      name: "the object carries its own way back (`done`): not read as a bare checkout",
      code: SESSION("other", `  return (await client.query("SELECT $1::int", [id])).rows;\n`),
      filename: at("other"),
    },
    {
      name: "a helper that may return a cached object is no checkout",
      code: `import { getMaybe } from "./pool";\nexport async function load(cached: any) {\n  const { client } = await getMaybe(cached);\n  return (await client.query("SELECT 1")).rows;\n}\n`,
      filename: at("other"),
    },
    {
      name: "another key of the carrying object is no client",
      code: `import { getSession } from "./pool";\nexport async function started() {\n  const { startedAt } = await getSession();\n  return startedAt;\n}\n`,
      filename: at("adapter"),
    },
    {
      name: "the whole object kept, its client released in a finally",
      code: WHOLE(`  try {\n    return (await session.client.query("SELECT $1::int", [id])).rows;\n  } finally {\n    session.client.release();\n  }\n`),
      filename: at("adapter"),
    },
    {
      name: "the whole object kept, its client stored on the request by the member: not followed",
      code: WHOLE(`  req.db = session.client;\n  await req.db.query("SELECT $1::int", [id]);\n`),
      filename: at("adapter"),
    },
  ],
  invalid: [
    {
      name: "stored on the request only after work that may throw, into a catch that answers (Axbon/radler)",
      code: HOOK(WORK + STORE),
      filename: at("adapter"),
      errors: [
        { messageId: "helperNotHandedOverOnThrow", data: { checkout: "getTenantAdapter(req.host)", line: 5 }, line: 4, column: 43, suggestions: [] },
      ],
    },
    {
      name: "a plain `{ client, startedAt }` whose client is released only on success",
      code: SESSION("adapter", `  const { rows } = await client.query("SELECT $1::int", [id]);\n  client.release();\n  return rows;\n`),
      filename: at("adapter"),
      errors: [{ messageId: "helperNotReleasedOnThrow", line: 3, column: 28, suggestions: [] }],
    },
    {
      name: "the whole object kept, `session.client.release()` only on success",
      code: WHOLE(`  const { rows } = await session.client.query("SELECT $1::int", [id]);\n  session.client.release();\n  return rows;\n`),
      filename: at("adapter"),
      errors: [{ messageId: "helperNotReleasedOnThrow", data: { checkout: "getSession()", line: 4 }, line: 3, column: 25, suggestions: [] }],
    },
  ],
});
