// A checkout in one arm of a choice that declares the client (src/analysis/lifetime/arm-checkouts.ts): with every arm
// a checkout, each is followed as a plain declaration; with another value in some arm (the Next.js Learn seed copy's
// `process.env.LOCAL_VERCEL_POSTGRES ? await getClient() : await db.connect()`, test/realworld/cases/apps/
// 294916437-next-learn-admin-seed-main-local-fallback), only "never released" is said, and only when nothing anywhere
// releases or hands over the variable: which arm ran may steer the paths. A `null`/`undefined` arm holds nothing: when
// the function tests the variable itself (`if (!client)`), the checkout is followed like a plain declaration (the
// scraper route of test/realworld/cases/apps/aleksey341-parser-autonomera-regions-route). Each invalid case sits next
// to its valid twin.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const HEADER = `import { Pool, PoolClient } from "pg";
const pool = new Pool();
const replica = new Pool();
declare function localClient(): Promise<PoolClient>;
`;

/** `choose` declares `client` on line 6; `body` follows from line 7. */
const fn = (choose: string, body: string, after = "") => `${HEADER}export async function run(primary: boolean) {
  ${choose}
${body}}
${after}`;

const BOTH = "const client = primary ? await pool.connect() : await replica.connect();";
const MIXED = "const client = primary ? await localClient() : await pool.connect();";
const QUERY = '  await client.query("SELECT 1");\n';
const OR_NULL = "const client = process.env.DB ? await pool.connect() : null;";
const IN_FINALLY = '  try {\n    await client.query("SELECT 1");\n  } finally {\n    client.release();\n  }\n';

const neverReleased = (pool: string, column: number) => ({
  messageId: "neverReleased" as const,
  data: { pool },
  line: 6,
  column,
  suggestions: [],
});
const notReleasedOnThrow = (pool: string, column: number, line: number) => ({
  messageId: "notReleasedOnThrow" as const,
  data: { pool, line },
  line: 6,
  column,
  suggestions: [],
});

ruleTester.run("no-leaked-client: a checkout in one arm of a choice", rule, {
  valid: [
    { name: "both arms checkouts, released in a finally", code: fn(BOTH, IN_FINALLY), filename: "file.ts" },
    { name: "another value in one arm, released in a finally", code: fn(MIXED, IN_FINALLY), filename: "file.ts" },
    {
      name: "another value in one arm: an early return under the arms' own test is not followed",
      code: fn(MIXED, `  if (primary) return;\n${IN_FINALLY}`),
      filename: "file.ts",
    },
    {
      name: "another value in one arm, released under a test: which arm ran may decide it",
      code: fn(MIXED, `${QUERY}  if (!process.env.LOCAL) client.release();\n`),
      filename: "file.ts",
    },
    {
      name: "another value in one arm, returned on some path: a hand-over there",
      code: fn(MIXED, `  if (!primary) return client;\n${QUERY}`),
      filename: "file.ts",
    },
    {
      name: "another value in one arm, given to a helper of the file that releases it on some path",
      code: fn(MIXED, "  await seed(client);\n", 'async function seed(c: PoolClient) {\n  await c.query("SELECT 1");\n  if (process.env.POOLED) c.release();\n}\n'),
      filename: "file.ts",
    },
    {
      name: "a `null` arm told apart by `if (!client)`, released in a finally",
      code: fn(OR_NULL, `  if (!client) return;\n${IN_FINALLY}`),
      filename: "file.ts",
    },
    {
      name: "a `null` arm, the variable never tested: an early return under the arms' own test is not followed",
      code: fn(OR_NULL, '  if (!process.env.DB) return;\n  try {\n    await client!.query("SELECT 1");\n  } finally {\n    client!.release();\n  }\n'),
      filename: "file.ts",
    },
    {
      name: "a `null` arm tested as `if (client)`, but an early return under the arms' own test: not followed (review-c)",
      code: fn(OR_NULL, '  if (!process.env.DB) return;\n  try {\n    await client!.query("SELECT 1");\n  } finally {\n    if (client) client.release();\n  }\n'),
      filename: "file.ts",
    },
    {
      name: "a `null` arm tested in a log line, released under the arms' own test (a parameter): not followed (review-c)",
      code: fn(
        "const client = primary ? await pool.connect() : null;",
        '  console.log(client ? "pooled" : "direct");\n  try {\n    await (client ?? pool).query("SELECT 1");\n  } finally {\n    if (primary) client!.release();\n  }\n',
      ),
      filename: "file.ts",
    },
  ],
  invalid: [
    {
      name: "both arms checkouts, never released: each checkout is reported",
      code: fn(BOTH, QUERY),
      filename: "file.ts",
      errors: [neverReleased("pool", 34), neverReleased("replica", 57)],
    },
    {
      name: "both arms checkouts, released after a query that can throw",
      code: fn(BOTH, `${QUERY}  client.release();\n`),
      filename: "file.ts",
      errors: [notReleasedOnThrow("pool", 34, 7), notReleasedOnThrow("replica", 57, 7)],
    },
    {
      name: "nested choices in parentheses, under `as`",
      code: fn(
        "const client = (primary ? await pool.connect() : process.env.R ? ((await replica.connect()) as PoolClient) : await pool.connect()) as PoolClient;",
        `${QUERY}  client.release();\n`,
      ),
      filename: "file.ts",
      errors: [notReleasedOnThrow("pool", 35, 7), notReleasedOnThrow("replica", 76, 7), notReleasedOnThrow("pool", 118, 7)],
    },
    {
      name: "another value in one arm, never released: the seed script's shape, given to a helper that only queries",
      code: fn(MIXED, "  await seed(client);\n  await client.end();\n", 'async function seed(c: PoolClient) {\n  await c.query("SELECT 1");\n}\n'),
      filename: "file.ts",
      errors: [neverReleased("pool", 56)],
    },
    {
      name: "another value on the left of `??`, never released",
      code: fn("const client = (globalThis as { c?: PoolClient }).c ?? (await pool.connect());", QUERY),
      filename: "file.ts",
      errors: [neverReleased("pool", 65)],
    },
    {
      name: "a `null` arm told apart by `if (!client)`, released after a query that can throw",
      code: fn(OR_NULL, `  if (!client) return;\n${QUERY}  client.release();\n`),
      filename: "file.ts",
      errors: [notReleasedOnThrow("pool", 41, 8)],
    },
    {
      name: "an `undefined` arm told apart by `client == null`, returning early with the client held",
      code: fn("const client = process.env.DB ? await pool.connect() : undefined;", `  if (client == null) return;\n  if (process.env.SKIP) return;\n${IN_FINALLY}`),
      filename: "file.ts",
      errors: [{ messageId: "earlyExit", data: { pool: "pool", exit: "return", line: 8, scope: "the function" }, line: 6, column: 41, suggestions: [] }],
    },
  ],
});
