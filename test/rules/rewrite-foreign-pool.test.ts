// withClient and withTransaction take pg's `Pool`. A pool the file makes with another library's class —
// `const pool = new Pool(…)` with `Pool` imported from postgres-pool (its README's "more control" example, a corpus
// case: npmjs-postgres-pool-readme-more-control.ts) — is judged a pool by its name and releases like one, but its
// type is that package's class: `withClient(pool, …)` would not type-check, and check-rewrites' isolated type check,
// where the package does not resolve, could not tell. No fix, no suggestion in type-checked files. The twins: pg's
// own class (imported from pg, pg-pool or Neon's driver), a local module's class (perhaps a subclass of pg's), an
// assertion on the pool, and plain JavaScript are rewritten as before. So for a pool whose initializer asserts a shape
// written out in place: 5stackgg/api's test helper (at-large round seven) reaches into its service with
// `(postgres as unknown as { pool: { connect(): Promise<{ query…; release(): void }> } }).pool`, and the suggestion's
// withClient(pool, …) failed check-rewrites' type check (TS2345, missing totalCount, idleCount, … and 20 more). And for
// @fastify/postgres's decorator, `fastify.pg`: its type is the plugin's PostgresDb (`{ pool, Pool, Client, query,
// connect, transact }`), which withClient does not take (TS2345 against the plugin's published types, 6.1.0; the
// isolated type check sees `fastify` unresolved) — CodingXD/e-buy's six TypeScript routes, at-large round seven.
// `fastify.pg.pool` is the pool; plain JavaScript runs as before (the decorator's `connect` is the pool's).
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import noLeakedClient from "../../rules/no-leaked-client.js";
import preferWithClient from "../../rules/prefer-with-client.js";
import { ruleTester } from "../support/rule-tester.js";

const IMPORT = 'import { withClient } from "poolguard/runtime";\n';
const outputs: string[] = [];

const getUser = (imports: string, pool = "pool") => `${imports}
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export async function getUser(userId: number) {
  const connection = await ${pool}.connect();
  try {
    const results = await connection.query('SELECT * from "users" where id=$1', [userId]);
    return results.rows[0];
  } finally {
    await connection.release();
  }
}`;

const fixedGetUser = (imports: string, pool = "pool") => `${imports}
${IMPORT}const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export async function getUser(userId: number) {
  return await withClient(${pool}, async (connection) => {
    const results = await connection.query('SELECT * from "users" where id=$1', [userId]);
    return results.rows[0];
  });
}`;

const refused = (code: string, reason: string, pool = "pool", filename?: string) => ({
  code,
  ...(filename ? { filename } : {}),
  output: null,
  errors: [{ messageId: "preferWithClientNoFix" as const, line: 5, column: 3, data: { client: "connection", pool, helper: "withClient", reason } }],
});

const fixed = (code: string, output: string, filename?: string) => {
  outputs.push(output);
  return { code, ...(filename ? { filename } : {}), output, errors: [{ messageId: "preferWithClient" as const, line: 5, column: 3 }] };
};

ruleTester.run("prefer-with-client: a pool made by another library's class", preferWithClient, {
  valid: [],
  invalid: [
    refused(
      getUser('import { Pool } from "postgres-pool";'),
      "`pool` is made by `new Pool(…)` of `postgres-pool`, and the helper takes pg's `Pool`",
    ),
    // A namespace import, a scoped package with a subpath: the same.
    refused(
      getUser('import * as pp from "@acme/pg-lite/pool";').replace("new Pool(", "new pp.Pool("),
      "`pool` is made by `new pp.Pool(…)` of `@acme/pg-lite`, and the helper takes pg's `Pool`",
    ),
    fixed(getUser('import { Pool } from "pg";'), fixedGetUser('import { Pool } from "pg";')),
    fixed(getUser('import Pool from "pg-pool";'), fixedGetUser('import Pool from "pg-pool";')),
    fixed(getUser('import { Pool } from "@neondatabase/serverless";'), fixedGetUser('import { Pool } from "@neondatabase/serverless";')),
    fixed(getUser('import { Pool } from "./pool.js";'), fixedGetUser('import { Pool } from "./pool.js";')),
    // An assertion on the pool goes into the call with it.
    fixed(
      getUser('import { Pool } from "postgres-pool"; import type pg from "pg";', "(pool as unknown as pg.Pool)"),
      fixedGetUser('import { Pool } from "postgres-pool"; import type pg from "pg";', "pool as unknown as pg.Pool"),
    ),
    // Plain JavaScript: nothing type-checks the call.
    fixed(
      getUser('import { Pool } from "postgres-pool";').replace("userId: number", "userId"),
      fixedGetUser('import { Pool } from "postgres-pool";').replace("userId: number", "userId"),
      "file.js",
    ),
  ],
});

const leaking = (imports: string) => `${imports}
const pool = new Pool();
export async function f() {
  const client = await pool.connect();
  await client.query("SELECT 1");
  client.release();
}`;

ruleTester.run("no-leaked-client: a pool made by another library's class", noLeakedClient, {
  valid: [],
  invalid: [
    {
      code: leaking('import { Pool } from "postgres-pool";'),
      errors: [{ messageId: "notReleasedOnThrow", line: 4, column: 24, suggestions: [] }],
    },
    {
      code: leaking('import { Pool } from "pg";'),
      errors: [
        {
          messageId: "notReleasedOnThrow",
          line: 4,
          column: 24,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              data: { helper: "withClient" },
              output: `import { Pool } from "pg";
${IMPORT}const pool = new Pool();
export async function f() {
  await withClient(pool, async (client) => {
    await client.query("SELECT 1");
  });
}`,
            },
          ],
        },
      ],
    },
  ],
});

describe("a pool made by another library's class: outputs", () => {
  it("parse", () => {
    expect(outputs.length).toBe(6);
    for (const output of outputs) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});

const shaped = (init: string) => `import type pg from "pg";
declare const service: unknown;
export async function run(sql: string) {
  const pool = ${init};
  const client = await pool.connect();
  try {
    await client.query(sql);
  } finally {
    client.release();
  }
}`;

const shapedFixed = (init: string) => `import type pg from "pg";
${IMPORT}declare const service: unknown;
export async function run(sql: string) {
  const pool = ${init};
  await withClient(pool, async (client) => {
    await client.query(sql);
  });
}`;

const SHAPE = "{ connect(): Promise<{ query(sql: string): Promise<unknown>; release(): void }> }";
const shapedOutputs: string[] = [];
const shapedRefused = (init: string, shape: string) => ({
  code: shaped(init),
  output: null,
  errors: [
    {
      messageId: "preferWithClientNoFix" as const,
      line: 5,
      column: 3,
      data: { client: "client", pool: "pool", helper: "withClient", reason: `\`pool\` is asserted to be \`${shape}\`, and the helper takes pg's \`Pool\`` },
    },
  ],
});
const shapedFix = (init: string) => {
  shapedOutputs.push(shapedFixed(init));
  return { code: shaped(init), output: shapedFixed(init), errors: [{ messageId: "preferWithClient" as const, line: 5, column: 3 }] };
};

ruleTester.run("prefer-with-client: a pool asserted to a shape written out", preferWithClient, {
  valid: [],
  invalid: [
    shapedRefused(`(service as unknown as { pool: ${SHAPE} }).pool`, SHAPE),
    shapedRefused(`service as ${SHAPE}`, SHAPE),
    shapedRefused(`(<{ pool: ${SHAPE} }>service).pool!`, SHAPE),
    // Twins: pg's Pool asserted, directly or as the shape's member, and a member the shape does not spell out.
    shapedFix("service as pg.Pool"),
    shapedFix("(service as unknown as { pool: pg.Pool }).pool"),
    shapedFix(`(service as { db: ${SHAPE} } & Record<string, pg.Pool>).pool`),
  ],
});

ruleTester.run("no-leaked-client: a pool asserted to a shape written out", noLeakedClient, {
  valid: [],
  invalid: [
    {
      code: `declare const service: unknown;
export async function f() {
  const pool = (service as { pool: ${SHAPE} }).pool;
  const client = await pool.connect();
  await client.query("SELECT 1");
  client.release();
}`,
      errors: [{ messageId: "notReleasedOnThrow", line: 4, column: 24, suggestions: [] }],
    },
  ],
});

describe("a pool asserted to a shape written out: outputs", () => {
  it("parse", () => {
    expect(shapedOutputs.length).toBe(3);
    for (const output of shapedOutputs) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});

const route = (pool: string) => `import type { FastifyInstance } from "fastify";
export default async function routes(fastify: FastifyInstance) {
  fastify.get("/n", async (request) => {
    const client = await ${pool}.connect();
    try {
      return (await client.query("SELECT 1 AS n")).rows[0];
    } finally {
      client.release();
    }
  });
}`;

const routeFixed = (pool: string) => `import type { FastifyInstance } from "fastify";
${IMPORT}export default async function routes(fastify: FastifyInstance) {
  fastify.get("/n", async (request) => {
    return await withClient(${pool}, async (client) => {
      return (await client.query("SELECT 1 AS n")).rows[0];
    });
  });
}`;

const decoratorOutputs: string[] = [];
const decoratorRefused = (pool: string) => ({
  code: route(pool),
  output: null,
  errors: [
    {
      messageId: "preferWithClientNoFix" as const,
      line: 4,
      column: 5,
      data: {
        client: "client",
        pool,
        helper: "withClient",
        reason: `\`${pool}\` is @fastify/postgres's decorator, not a pg \`Pool\` (its pool is \`${pool}.pool\`), and the helper takes pg's \`Pool\``,
      },
    },
  ],
});
const decoratorFixed = (pool: string, filename?: string) => {
  const plain = (text: string) => text.replace(/^import type .*\n/, "").replace("(fastify: FastifyInstance)", "(fastify)");
  const code = filename ? plain(route(pool)) : route(pool);
  const output = filename ? plain(routeFixed(pool)) : routeFixed(pool);
  decoratorOutputs.push(output);
  return { code, output, ...(filename ? { filename } : {}), errors: [{ messageId: "preferWithClient" as const, line: filename ? 3 : 4, column: 5 }] };
};

ruleTester.run("prefer-with-client: the decorator of fastify-postgres", preferWithClient, {
  valid: [],
  invalid: [
    decoratorRefused("fastify.pg"),
    decoratorRefused("request.server.pg"),
    decoratorRefused("fastify.pg.reports"),
    // Twins: its pool, and plain JavaScript (the decorator's connect is the pool's).
    decoratorFixed("fastify.pg.pool"),
    decoratorFixed("fastify.pg", "file.js"),
  ],
});

describe("@fastify/postgres's decorator: outputs", () => {
  it("parse", () => {
    expect(decoratorOutputs.length).toBe(2);
    for (const output of decoratorOutputs) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});
