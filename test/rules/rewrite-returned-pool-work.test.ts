// A `return` that hands back the pool's own work without awaiting it (`return pool.query(…)`) inside the `try` whose
// `finally` releases: the original gives its client back as that query starts, so the query can take that very
// client when the pool is full. The callback's promise is awaited by withClient before it releases, so the rewrite
// would hold the client until the query ends — a second client of the same pool, which waits forever for the first
// when every client is held that way. No fix, no suggestion. Reduced from jonocairns/bapi's scraper/db.ts `query`
// (a checkout never used, around `return pool.query(text, params)`). The twins: the same query awaited (the
// original held the client while it ran too) and the client's own query returned (the rewrite awaits it before the
// release, which is what no-unawaited-client-work asks for), and a client the original never released.
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import preferWithClient from "../../rules/prefer-with-client.js";
import { leakSuggestionHarness, noSuggestionCase, suggestionCase } from "../support/leak-suggestion-harness.js";
import { ruleTester } from "../support/rule-tester.js";

const IMPORT = 'import { withClient } from "poolguard/runtime";\n';
const outputs: string[] = [];
const RETURNED =
  "`pool.query()` is returned without `await`: the original gave the client back as it started, the callback would hold the client until it ends (a second checkout of the same pool)";

const query = (returned: string) => `export async function query(pool, text, params) {
  const client = await pool.connect();
  try {
    return ${returned};
  } finally {
    client.release();
  }
}`;

ruleTester.run("prefer-with-client: the pool's work returned without await", preferWithClient, {
  valid: [],
  invalid: [
    {
      code: query("pool.query(text, params)"),
      output: null,
      errors: [
        {
          messageId: "preferWithClientNoFix",
          line: 2,
          column: 3,
          data: { client: "client", pool: "pool", helper: "withClient", reason: RETURNED },
        },
      ],
    },
    // The same inside a chain: `.then` runs after the query, which still starts at once.
    {
      code: query("pool.query(text, params).then((result) => result.rows)"),
      output: null,
      errors: [
        {
          messageId: "preferWithClientNoFix",
          line: 2,
          column: 3,
          data: { client: "client", pool: "pool", helper: "withClient", reason: RETURNED },
        },
      ],
    },
    // The pool's work in a callback handed to a call of the returned value: the call runs it as the value is made
    // (Promise.all's map, a Promise's executor, a `.then`), and an `await` inside is the callback's own — the query
    // still starts unawaited by the `return`, and with a pool of one the callback would wait for itself forever.
    ...[
      "Promise.all(params.map((id) => pool.query(text, [id])))",
      "Promise.all(params.map(async (id) => (await pool.query(text, [id])).rows))",
      "new Promise((resolve) => resolve(pool.query(text, params)))",
      "client.query(text).then(() => pool.query(text, params))",
      // The callback behind a TS wrapper is still the call's argument (review-b: isCallArgument's unwrapping had no test).
      "Promise.all(params.map(((id) => pool.query(text, [id])) as (id: number) => Promise<unknown>))",
    ].map((returned) => ({
      code: query(returned),
      output: null,
      errors: [
        {
          messageId: "preferWithClientNoFix" as const,
          line: 2,
          column: 3,
          data: { client: "client", pool: "pool", helper: "withClient", reason: RETURNED },
        },
      ],
    })),
    // Twins: a function returned, not run (its query starts when the caller calls it, after the release either way),
    // and a callback whose query is awaited by the `return` itself.
    fixed(query("() => pool.query(text, params)"), `${IMPORT}export async function query(pool, text, params) {
  return await withClient(pool, async (client) => {
    return () => pool.query(text, params);
  });
}`),
    fixed(query("await Promise.all(params.map((id) => pool.query(text, [id])))"), `${IMPORT}export async function query(pool, text, params) {
  return await withClient(pool, async (client) => {
    return await Promise.all(params.map((id) => pool.query(text, [id])));
  });
}`),
    fixed(query("await pool.query(text, params)"), `${IMPORT}export async function query(pool, text, params) {
  return await withClient(pool, async (client) => {
    return await pool.query(text, params);
  });
}`),
    fixed(query("client.query(text, params)"), `${IMPORT}export async function query(pool, text, params) {
  return await withClient(pool, async (client) => {
    return client.query(text, params);
  });
}`),
  ],
});

const leaky = (returned: string) => `async function query(pool, text, params) {
  const client = await pool.connect();
  await client.query("SET statement_timeout = 5000");
  try {
    return ${returned};
  } finally {
    client.release();
  }
}`;

ruleTester.run("leak suggestion: the pool's work returned without await", leakSuggestionHarness, {
  valid: [],
  invalid: [
    noSuggestionCase(leaky("pool.query(text, params)"), RETURNED),
    // Twin: a client the original never gave back (NovaesThiago/locaLIFPI-backend's warm-up client, a corpus case,
    // `return checkout(pool)` after it): holding it until the returned work ends is no worse than holding it forever.
    suggestionCase(
      outputs,
      `async function connect(pool, checkout) {
  const client = await pool.connect();
  await client.query("SELECT now()");
  return checkout(pool);
}`,
      `${IMPORT}async function connect(pool, checkout) {
  return await withClient(pool, async (client) => {
    await client.query("SELECT now()");
    return checkout(pool);
  });
}`,
    ),
    suggestionCase(
      outputs,
      leaky("await pool.query(text, params)"),
      `${IMPORT}async function query(pool, text, params) {
  return await withClient(pool, async (client) => {
    await client.query("SET statement_timeout = 5000");
    return await pool.query(text, params);
  });
}`,
    ),
  ],
});

describe("the rewrites of the twins", () => {
  it("parse", () => {
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});

function fixed(code: string, output: string) {
  outputs.push(output);
  return { code, output, errors: [{ messageId: "preferWithClient" as const, line: 2, column: 3 }] };
}
