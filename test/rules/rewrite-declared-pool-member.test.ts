// @fastify/postgres's decorator, `fastify.pg`, is refused in type-checked files (rewrite-foreign-pool.test.ts): its
// type is the plugin's PostgresDb, which withClient does not take. A `pg` member typed pg's `Pool` is no decorator,
// and withClient takes it: declared so by the annotation on its object's declaration, in this file (an options
// object: `options: SyncOptions` with `interface SyncOptions { pg: Pool }`), or, with `typeAware`, by the checker
// (Zhihong0321/grouter's routes: `app.pg` where src/app.ts augments FastifyInstance with `pg: Pool`; 3 fixes refused
// before, rewrite-q's cost note). Twins, still refused: the member optional or in a union (withClient(options.pg, …)
// would not type-check under strictNullChecks), another type, no annotation, the checker's answer without typeAware.
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it, vi } from "vitest";
import noLeakedClient from "../../rules/no-leaked-client.js";
import preferWithClient from "../../rules/prefer-with-client.js";
import { ruleTester, typedRuleTester } from "../support/rule-tester.js";

// The first type-aware case starts a TypeScript project service: seconds on a loaded machine.
vi.setConfig({ testTimeout: 120_000 });

const IMPORT = 'import { withClient } from "poolguard/runtime";\n';
const syncJob = (declarations: string, parameter: string) => `import type { Pool } from "pg";
${declarations}
export async function sync(${parameter}) {
  const client = await options.pg.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
}`;
const syncJobFixed = (declarations: string, parameter: string) => `import type { Pool } from "pg";
${IMPORT}${declarations}
export async function sync(${parameter}) {
  await withClient(options.pg, async (client) => {
    await client.query("SELECT 1");
  });
}`;
const declaredOutputs: string[] = [];
const declaredFixed = (declarations: string, parameter: string) => {
  const output = syncJobFixed(declarations, parameter);
  declaredOutputs.push(output);
  return { code: syncJob(declarations, parameter), output, errors: [{ messageId: "preferWithClient" as const, line: 4, column: 3 }] };
};
const declaredRefused = (declarations: string, parameter: string) => ({
  code: syncJob(declarations, parameter),
  output: null,
  errors: [
    {
      messageId: "preferWithClientNoFix" as const,
      line: 4,
      column: 3,
      data: {
        client: "client",
        pool: "options.pg",
        helper: "withClient",
        reason: "`options.pg` is @fastify/postgres's decorator, not a pg `Pool` (its pool is `options.pg.pool`), and the helper takes pg's `Pool`",
      },
    },
  ],
});

ruleTester.run("prefer-with-client: a `pg` member declared pg's Pool", preferWithClient, {
  valid: [],
  invalid: [
    declaredFixed("interface SyncOptions { pg: Pool; name: string }", "options: SyncOptions"),
    declaredFixed("type SyncOptions = { readonly pg: Pool };", "options: SyncOptions"),
    declaredFixed("", "options: { pg: Pool }"),
    declaredRefused("interface SyncOptions { pg?: Pool }", "options: SyncOptions"),
    declaredRefused("interface SyncOptions { pg: Pool | null }", "options: SyncOptions"),
    declaredRefused("interface SyncOptions { pg: PostgresDb } interface PostgresDb { pool: Pool }", "options: SyncOptions"),
    declaredRefused("interface SyncOptions { db: Pool }", "options: SyncOptions"),
    declaredRefused("", "options: any"),
  ],
});

ruleTester.run("no-leaked-client: a `pg` member declared pg's Pool", noLeakedClient, {
  valid: [],
  invalid: [
    {
      code: `import type { Pool } from "pg";
interface SyncOptions { pg: Pool }
export async function sync(options: SyncOptions) {
  const client = await options.pg.connect();
  await client.query("SELECT 1");
  client.release();
}`,
      errors: [
        {
          messageId: "notReleasedOnThrow",
          line: 4,
          column: 24,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              data: { helper: "withClient" },
              output: `import type { Pool } from "pg";
${IMPORT}interface SyncOptions { pg: Pool }
export async function sync(options: SyncOptions) {
  await withClient(options.pg, async (client) => {
    await client.query("SELECT 1");
  });
}`,
            },
          ],
        },
      ],
    },
    {
      code: `import type { Pool } from "pg";
interface SyncOptions { pg?: Pool }
export async function sync(options: SyncOptions) {
  const client = await options.pg.connect();
  await client.query("SELECT 1");
  client.release();
}`,
      errors: [{ messageId: "notReleasedOnThrow", line: 4, column: 24, suggestions: [] }],
    },
  ],
});

// The checker's answer: `app` has no annotation to read; its type, `{ pg: Pool }`, comes from a declaration the syntax
// does not follow (in grouter, a module augmentation in another file).
const TYPED = { poolguard: { typeAware: true } };
const route = (member: string) => `import type { Pool } from "pg";
declare function getApp(): { pg: ${member} };
const app = getApp();
export async function count() {
  const client = await app.pg.connect();
  try {
    return (await client.query("SELECT 1 AS n")).rows[0];
  } finally {
    client.release();
  }
}`;
const routeRefused = (member: string, settings?: typeof TYPED) => ({
  code: route(member),
  ...(settings ? { settings } : {}),
  output: null,
  errors: [
    {
      messageId: "preferWithClientNoFix" as const,
      line: 5,
      column: 3,
      data: {
        client: "client",
        pool: "app.pg",
        helper: "withClient",
        reason: "`app.pg` is @fastify/postgres's decorator, not a pg `Pool` (its pool is `app.pg.pool`), and the helper takes pg's `Pool`",
      },
    },
  ],
});
const typedOutput = `import type { Pool } from "pg";
${IMPORT}declare function getApp(): { pg: Pool };
const app = getApp();
export async function count() {
  return await withClient(app.pg, async (client) => {
    return (await client.query("SELECT 1 AS n")).rows[0];
  });
}`;
declaredOutputs.push(typedOutput);

typedRuleTester.run("prefer-with-client: `app.pg` typed pg's Pool by the checker", preferWithClient, {
  valid: [],
  invalid: [
    { code: route("Pool"), settings: TYPED, output: typedOutput, errors: [{ messageId: "preferWithClient", line: 5, column: 3 }] },
    routeRefused("Pool | undefined", TYPED),
    routeRefused("{ pool: Pool }", TYPED),
    routeRefused("Pool"),
  ],
});

describe("a `pg` member declared pg's Pool: outputs", () => {
  it("parse", () => {
    expect(declaredOutputs.length).toBe(4);
    for (const output of declaredOutputs) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});
