// A function with no declared return type that returns object literals both in the held body and outside it: its
// inferred return type is the literals' normalised union (`{ skipped; reason; ok?: undefined; count?: undefined } |
// { ok; count; skipped?: undefined; reason?: undefined }`), on which a caller reads `r.count`. Moved into the callback,
// the body's literal becomes withClient's `T`, the union is no longer normalised, and the caller's `r.count` is
// TS2339 (FelpTB/BuscaFornecedor-searchAPI's replaceMessages under checkJs; check-rewrites --typecheck on the same
// shape with the caller in the file). No fix, no suggestion in type-checked files. The twins: a declared return type,
// literals only in the body, literals with the same keys inside and outside (harrisonschultz7/blockpools-backend's
// `{ tradesUpserted, gamesUpserted }`, at large), a literal returned by a nested function, and plain JavaScript.
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import noLeakedClient from "../../rules/no-leaked-client.js";
import preferWithClient from "../../rules/prefer-with-client.js";
import { ruleTester } from "../support/rule-tester.js";

const IMPORT = 'import { withClient } from "poolguard/runtime";\n';
const REASON =
  "the function's return type is inferred from object literals returned in the body and outside it, which the callback would split (declare the return type)";
const outputs: string[] = [];

const replace = (signature: string, early: string) => `import { Pool } from "pg";
const pool = new Pool();
export async function replace${signature} {
  ${early}
  const client = await pool.connect();
  try {
    await client.query("DELETE FROM m WHERE id = $1", [id]);
    return { ok: true, count: 1 };
  } finally {
    client.release();
  }
}`;

const replaced = (signature: string, early: string) => `import { Pool } from "pg";
${IMPORT}const pool = new Pool();
export async function replace${signature} {
  ${early}
  return await withClient(pool, async (client) => {
    await client.query("DELETE FROM m WHERE id = $1", [id]);
    return { ok: true, count: 1 };
  });
}`;

const EARLY = 'if (!enabled) return { skipped: true, reason: "not configured" };';
const TYPED = "(id: string, enabled: boolean)";

const fixed = (signature: string, early: string, filename?: string) => {
  const output = replaced(signature, early);
  outputs.push(output);
  return { code: replace(signature, early), ...(filename ? { filename } : {}), output, errors: [{ messageId: "preferWithClient" as const, line: 5, column: 3 }] };
};

ruleTester.run("prefer-with-client: object literals returned in the body and outside it", preferWithClient, {
  valid: [],
  invalid: [
    {
      code: replace(TYPED, EARLY),
      output: null,
      errors: [{ messageId: "preferWithClientNoFix", line: 5, column: 3, data: { client: "client", pool: "pool", helper: "withClient", reason: REASON } }],
    },
    // The twins: the return type declared; nothing but the body returns a literal; a literal returned by a nested
    // function is that function's; plain JavaScript, where no caller is type-checked.
    fixed(`${TYPED}: Promise<{ skipped: boolean; reason: string } | { ok: boolean; count: number }>`, EARLY),
    fixed(TYPED, "if (!enabled) return null;"),
    // Literals with the same keys inside and outside: their union is the same split or not.
    fixed(TYPED, "if (!enabled) return { ok: false, count: 0 };"),
    fixed(TYPED, 'const skip = () => ({ skipped: true }); if (!enabled) return skip();'.replace("() => ({ skipped: true })", "() => { return { skipped: true }; }")),
    fixed("(id, enabled)", EARLY, "file.js"),
  ],
});

const leaking = (signature: string) => `import { Pool } from "pg";
const pool = new Pool();
export async function replace${signature} {
  ${EARLY}
  const client = await pool.connect();
  await client.query("DELETE FROM m WHERE id = $1", [id]);
  return { ok: true, count: 1 };
}`;

ruleTester.run("no-leaked-client: object literals returned in the body and outside it", noLeakedClient, {
  valid: [],
  invalid: [
    { code: leaking(TYPED), errors: [{ messageId: "neverReleased", line: 5, column: 24, suggestions: [] }] },
    {
      code: leaking(`${TYPED}: Promise<object>`),
      errors: [
        {
          messageId: "neverReleased",
          line: 5,
          column: 24,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              data: { helper: "withClient" },
              output: `import { Pool } from "pg";
${IMPORT}const pool = new Pool();
export async function replace${TYPED}: Promise<object> {
  ${EARLY}
  return await withClient(pool, async (client) => {
    await client.query("DELETE FROM m WHERE id = $1", [id]);
    return { ok: true, count: 1 };
  });
}`,
            },
          ],
        },
      ],
    },
  ],
});

describe("object literals returned in the body and outside it: outputs", () => {
  it("parse", () => {
    expect(outputs.length).toBe(5);
    for (const output of outputs) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});
