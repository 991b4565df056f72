// A "pool" the project writes out as an object of its own: hossamnassem22/gfos-core (at-large round nine) exports
// `export const pool = { connect: async () => ({ queryObject, query, release: () => {} }) }` over postgres.js, and
// AlexFigueiras/financeiro- a façade `export const pool = { query, connect, end }` over pg's pool. The name makes
// it a pool, and in JavaScript withClient runs on it (it only calls `connect()` and `release()`), but in TypeScript
// its type is that object's shape, which withClient's `pg.Pool` parameter does not take (TS2345) — and check-rewrites'
// isolated type check, where `./connection` does not resolve, passed gfos-core's 5 fixes. No fix, no suggestion in
// type-checked files, for such an object imported from the project's module or written out in the file itself. The
// twins: a module exporting `new Pool()`, an assertion to pg's Pool on the object, and plain JavaScript.
import path from "node:path";
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import noLeakedClient from "../../rules/no-leaked-client.js";
import preferWithClient from "../../rules/prefer-with-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-written-out-pool-");
write(
  "connection.ts",
  `import postgres from "postgres";\nexport const sql = postgres(process.env.DATABASE_URL ?? "");\n` +
    `export const pool = {\n  connect: async () => ({\n    query: async (text: string, params: unknown[] = []) => ({ rows: await sql.unsafe(text, params as never[]) }),\n    release: () => {},\n  }),\n};\n`,
);
write("made.ts", `import { Pool } from "pg";\nexport const pool = new Pool();\n`);
const at = (name: string) => path.join(root, name);

const IMPORT = 'import { withClient } from "poolguard/runtime";\n';
const outputs: string[] = [];

const manual = (head: string, pool = "pool", param = "id: number") => `${head}
export async function count(${param}) {
  const client = await ${pool}.connect();
  try {
    return (await client.query("SELECT count(*) FROM t WHERE id = $1", [id])).rows;
  } finally {
    client.release();
  }
}`;

const rewritten = (head: string, pool = "pool", param = "id: number") => `${head}
${IMPORT}export async function count(${param}) {
  return await withClient(${pool}, async (client) => {
    return (await client.query("SELECT count(*) FROM t WHERE id = $1", [id])).rows;
  });
}`;

/** The line of the checkout, after however many lines the head takes. */
const checkoutLine = (code: string) => code.split("\n").findIndex((line) => line.includes(".connect()")) + 1;

const refused = (code: string, reason: string, filename: string) => ({
  code,
  filename,
  output: null,
  errors: [{ messageId: "preferWithClientNoFix" as const, line: checkoutLine(code), column: 3, data: { client: "client", pool: "pool", helper: "withClient", reason } }],
});

const fixed = (code: string, output: string, filename: string) => {
  outputs.push(output);
  return { code, filename, output, errors: [{ messageId: "preferWithClient" as const, line: checkoutLine(code), column: 3 }] };
};

const OBJECT = `const pool = {\n  connect: async () => ({ query: async (_t: string, _p?: unknown[]) => ({ rows: [] as unknown[] }), release: () => {} }),\n}`;

ruleTester.run("prefer-with-client: a pool the project writes out as an object", preferWithClient, {
  valid: [],
  invalid: [
    refused(
      manual('import { pool } from "./connection";'),
      "`pool` is an object written out by `./connection`, not pg's `Pool`, which the helper takes",
      at("entry.ts"),
    ),
    refused(manual(`${OBJECT};`), "`pool` is an object written out in this file, not pg's `Pool`, which the helper takes", at("entry.ts")),
    // `satisfies` and `as const` keep the object's own type.
    refused(
      manual(`${OBJECT} satisfies object;`),
      "`pool` is an object written out in this file, not pg's `Pool`, which the helper takes",
      at("entry.ts"),
    ),
    // The twins: a module that exports pg's pool; an assertion to pg's Pool; plain JavaScript, where nothing checks types.
    fixed(manual('import { pool } from "./made";'), rewritten('import { pool } from "./made";'), at("entry.ts")),
    fixed(
      manual(`import type pg from "pg";\n${OBJECT} as unknown as pg.Pool;`),
      rewritten(`import type pg from "pg";`).replace(IMPORT, `${IMPORT}${OBJECT} as unknown as pg.Pool;\n`),
      at("entry.ts"),
    ),
    fixed(manual('import { pool } from "./connection";', "pool", "id"), rewritten('import { pool } from "./connection";', "pool", "id"), at("entry.js")),
  ],
});

const leaking = (head: string, param = "id: number") => `${head}
export async function count(${param}) {
  const client = await pool.connect();
  const { rows } = await client.query("SELECT count(*) FROM t WHERE id = $1", [id]);
  client.release();
  return rows;
}`;

ruleTester.run("no-leaked-client: a pool the project writes out as an object", noLeakedClient, {
  valid: [],
  invalid: [
    {
      code: leaking('import { pool } from "./connection";'),
      filename: at("entry.ts"),
      errors: [{ messageId: "notReleasedOnThrow", line: 3, column: 24, suggestions: [] }],
    },
    {
      code: leaking('import { pool } from "./connection";', "id"),
      filename: at("entry.js"),
      errors: [
        {
          messageId: "notReleasedOnThrow",
          line: 3,
          column: 24,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              data: { helper: "withClient" },
              output: `import { pool } from "./connection";
${IMPORT}export async function count(id) {
  const rows = await withClient(pool, async (client) => {
    const { rows } = await client.query("SELECT count(*) FROM t WHERE id = $1", [id]);
    return rows;
  });
  return rows;
}`,
            },
          ],
        },
      ],
    },
  ],
});

describe("a pool the project writes out as an object: outputs", () => {
  it("parse", () => {
    expect(outputs.length).toBe(3);
    for (const output of outputs) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});
