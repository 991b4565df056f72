// A function declared to return `never` (`Promise<never>`) whose held code always throws: the fix wrote the call as
// a statement, `await withClient(pool, async (client) => { …; throw … });`, and TypeScript then sees an end of the
// function it can reach (TS2534: "A function returning 'never' cannot have a reachable end point"; found probing
// the return types rewrite-q's brief names, through check-rewrites' type check). Returned, it is the same call: the
// callback has no `return`, and every path through it throws, so its promise only rejects. The twins: the same body
// under `Promise<void>`, and a `Promise<never>` body that does not always throw, keep the statement.
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import preferWithClient from "../../rules/prefer-with-client.js";
import { addedDiagnostics, isolatedDiagnostics } from "../realworld/rewrite-typecheck.js";
import { ruleTester } from "../support/rule-tester.js";

const IMPORT = 'import { withClient } from "poolguard/runtime";\n';
const cases: Array<{ code: string; output: string }> = [];

const failing = (returnType: string, last: string) => `import { Pool } from "pg";
const pool = new Pool();
export async function fail(id: number): ${returnType} {
  const client = await pool.connect();
  try {
    const { rows } = await client.query("SELECT reason FROM failures WHERE id = $1", [id]);
    ${last}
  } finally {
    client.release();
  }
}`;

const rewritten = (returnType: string, last: string, call: string) => `import { Pool } from "pg";
${IMPORT}const pool = new Pool();
export async function fail(id: number): ${returnType} {
  ${call}(pool, async (client) => {
    const { rows } = await client.query("SELECT reason FROM failures WHERE id = $1", [id]);
    ${last}
  });
}`;

const THROWS = "throw new Error(String(rows[0]?.reason));";
const SOMETIMES = "if (rows.length > 0) throw new Error(String(rows[0]?.reason));";

const fixed = (code: string, output: string) => {
  cases.push({ code, output });
  return { code, output, errors: [{ messageId: "preferWithClient" as const, line: 4, column: 3 }] };
};

ruleTester.run("prefer-with-client: a function declared to return never", preferWithClient, {
  valid: [],
  invalid: [
    fixed(failing("Promise<never>", THROWS), rewritten("Promise<never>", THROWS, "return await withClient")),
    // Twins: a function that may return keeps the statement; so does a `never` body that can fall off its end.
    fixed(failing("Promise<void>", THROWS), rewritten("Promise<void>", THROWS, "await withClient")),
    fixed(failing("Promise<never>", SOMETIMES), rewritten("Promise<never>", SOMETIMES, "await withClient")),
  ],
});

describe("the rewrites of a function declared to return never", () => {
  it("parse, and add no type error to the original's", () => {
    expect(cases).toHaveLength(3);
    for (const { code, output } of cases) {
      expect(() => parse(output, { sourceType: "module" })).not.toThrow();
      expect(addedDiagnostics(isolatedDiagnostics("fail.ts", code), isolatedDiagnostics("fail.ts", output))).toEqual([]);
    }
  });
});
