// withClient and withTransaction take pg's `Pool`. A pool the file declares with a type of its own — the project's
// interface with just `connect()` (284220-stack/fanza-auto-poster's `AdvisoryLockPool`, imported from another
// module), another library's pool — runs, but the rewritten call would not type-check: no fix, no suggestion. pg's
// `Pool` under any spelling (an alias, `pg.Pool | undefined` with `!`), `any`, no annotation, or an assertion written
// on the pool are rewritten as before. Plain JavaScript (nothing type-checks the call) is rewritten too.
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import noLeakedClient from "../../rules/no-leaked-client.js";
import preferWithClient from "../../rules/prefer-with-client.js";
import { ruleTester } from "../support/rule-tester.js";

const outputs: string[] = [];
const IMPORT = 'import { withClient } from "poolguard/runtime";\n';

const guard = (declaration: string, pool = "this.pool") => `${declaration}
export class Guard {
  constructor(private readonly pool: LockPool) {}
  async reserve() {
    const client = await ${pool}.connect();
    try {
      await client.query("SELECT 1");
    } finally {
      client.release();
    }
  }
}`;

const fixed = (code: string, output: string, line: number, column: number) => {
  outputs.push(output);
  return { code, output, errors: [{ messageId: "preferWithClient" as const, line, column }] };
};

ruleTester.run("prefer-with-client: the pool's declared type", preferWithClient, {
  valid: [],
  invalid: [
    {
      code: guard('import type { AdvisoryLockPool as LockPool } from "./run-lock.js";'),
      output: null,
      errors: [
        {
          messageId: "preferWithClientNoFix",
          line: 5,
          column: 5,
          data: {
            client: "client",
            pool: "this.pool",
            helper: "withClient",
            reason: "`this.pool` is declared as `LockPool`, and the helper takes pg's `Pool`",
          },
        },
      ],
    },
    // The twin: the same class with pg's Pool behind an alias.
    fixed(
      guard('import type { Pool } from "pg";\ntype LockPool = Pool;'),
      `import type { Pool } from "pg";
${IMPORT}type LockPool = Pool;
export class Guard {
  constructor(private readonly pool: LockPool) {}
  async reserve() {
    await withClient(this.pool, async (client) => {
      await client.query("SELECT 1");
    });
  }
}`,
      6,
      5,
    ),
    {
      code: `interface Queryable { connect(): Promise<any> }
export async function f(pool: Queryable) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
}`,
      output: null,
      errors: [
        {
          messageId: "preferWithClientNoFix",
          line: 3,
          column: 3,
          data: {
            client: "client",
            pool: "pool",
            helper: "withClient",
            reason: "`pool` is declared as `Queryable`, and the helper takes pg's `Pool`",
          },
        },
      ],
    },
    // An assertion written on the pool goes into the call with it.
    fixed(
      `import type { Pool } from "pg";
interface Queryable { connect(): Promise<any> }
export async function f(pool: Queryable) {
  const client = await (pool as Pool).connect();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
}`,
      `import type { Pool } from "pg";
${IMPORT}interface Queryable { connect(): Promise<any> }
export async function f(pool: Queryable) {
  await withClient(pool as Pool, async (client) => {
    await client.query("SELECT 1");
  });
}`,
      4,
      3,
    ),
    // pg's Pool or nothing: `pool!` passes the same value the checkout used.
    fixed(
      `import pg from "pg";
export async function f(pool: pg.Pool | undefined, other: any) {
  const client = await pool!.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
}`,
      `import pg from "pg";
${IMPORT}export async function f(pool: pg.Pool | undefined, other: any) {
  await withClient(pool!, async (client) => {
    await client.query("SELECT 1");
  });
}`,
      3,
      3,
    ),
  ],
});

// Plain JavaScript: no annotation to read, the fix as before (the case above in a .js file would not parse).
ruleTester.run("prefer-with-client: no declared type", preferWithClient, {
  valid: [],
  invalid: [
    fixed(
      `export async function f(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
}`,
      `${IMPORT}export async function f(pool) {
  await withClient(pool, async (client) => {
    await client.query("SELECT 1");
  });
}`,
      2,
      3,
    ),
  ],
});

const leaking = (declaration: string, parameter: string) => `${declaration}
export async function f(${parameter}) {
  const client = await pool.connect();
  await client.query("SELECT 1");
  client.release();
}`;

ruleTester.run("no-leaked-client: the pool's declared type", noLeakedClient, {
  valid: [],
  invalid: [
    {
      code: leaking("interface Queryable { connect(): Promise<any> }", "pool: Queryable"),
      errors: [{ messageId: "notReleasedOnThrow", line: 3, column: 24, suggestions: [] }],
    },
    {
      code: leaking('import type { Pool } from "pg";', "pool: Pool"),
      errors: [
        {
          messageId: "notReleasedOnThrow",
          line: 3,
          column: 24,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              data: { helper: "withClient" },
              output: `import type { Pool } from "pg";
${IMPORT}export async function f(pool: Pool) {
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

describe("the pool's declared type: outputs", () => {
  it("parse", () => {
    expect(outputs.length).toBe(4);
    for (const output of outputs) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});
