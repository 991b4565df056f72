// The checkout expression itself, where the helper's cannot stand for it. An optional checkout (`await maybe?.
// connect()`) gives the original an `undefined` client where the pool is missing, and the body runs on with it
// (`c?.query(…)`, `c?.release()` do nothing): withClient(undefined, …) throws a TypeError instead. A checkout
// asserted to another type (`await (pool.connect() as Promise<Tagged>)`) types the client by that assertion, which
// the callback's client (pg's PoolClient) does not keep: the body's `c.tag` would be TS2339. No fix, no suggestion;
// found by probes run through check-rewrites (rewrite-t). The twins: a non-null assertion on the pool (`maybe!`),
// `satisfies` on it, an optional call on the client — all rewritten as before.
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import preferWithClient from "../../rules/prefer-with-client.js";
import { leakSuggestionHarness, noSuggestionCase, suggestionCase } from "../support/leak-suggestion-harness.js";
import { ruleTester } from "../support/rule-tester.js";

const outputs: string[] = [];
const IMPORT = 'import { withClient } from "poolguard/runtime";\n';
const OPTIONAL =
  "the checkout is optional (`?.`): where the pool is missing the original runs the body without a client, withClient would throw";
const ASSERTED = "the checkout is asserted to another type (`as …`), which the callback's client would not have";

const HEAD = `import { Pool, type PoolClient } from "pg";
type Tagged = PoolClient & { tag: string };
const pool = new Pool();
const maybe: Pool | undefined = process.env.DB ? new Pool() : undefined;
`;
/** HEAD with the import the fix adds (after the file's first import). */
const FIXED_HEAD = HEAD.replace("\n", `\n${IMPORT}`);
const run = (checkout: string) => `${HEAD}export async function run() {
  const client = await ${checkout};
  try {
    await client?.query("SELECT 1");
  } finally {
    client?.release();
  }
}`;

/** The client's value written whole: the assertion or wrapper around the `await` itself. */
const runValue = (value: string) => run("").replace("await ;", `${value};`);

const refused = (code: string, reason: string) => ({
  code,
  output: null,
  errors: [
    {
      messageId: "preferWithClientNoFix" as const,
      line: 6,
      column: 3,
      data: { client: "client", pool: code.includes("maybe?") ? "maybe" : "pool", helper: "withClient", reason },
    },
  ],
});

const fixed = (code: string, output: string, line = 6, column = 3) => {
  outputs.push(output);
  return { code, output, errors: [{ messageId: "preferWithClient" as const, line, column }] };
};

ruleTester.run("prefer-with-client: the checkout's own shape", preferWithClient, {
  valid: [],
  invalid: [
    refused(run("maybe?.connect()"), OPTIONAL),
    refused(run("(maybe?.connect())"), OPTIONAL),
    // A non-null assertion on the optional call's result asserts, and checks nothing: the client is still undefined.
    refused(run("(maybe?.connect())!"), OPTIONAL),
    refused(run("(pool.connect() as Promise<Tagged>)"), ASSERTED),
    refused(run("(<Promise<Tagged>>pool.connect())"), ASSERTED),
    // The client itself asserted (rewrite-u: these were not reported at all, the `await` not being the value).
    refused(runValue("(await pool.connect()) as Tagged"), ASSERTED),
    refused(runValue("<Tagged>(await pool.connect())"), ASSERTED),
    refused(runValue("(await pool.connect())! as Tagged"), ASSERTED),
    // Both at once: the reason read first, from outside in.
    refused(runValue("(await maybe?.connect()) as Tagged"), ASSERTED),
    // The `let` form: the same checkout as the try block's first statement.
    {
      code: `${HEAD}export async function run() {
  let client;
  try {
    client = await maybe?.connect();
    await client?.query("SELECT 1");
  } finally {
    client?.release();
  }
}`,
      output: null,
      errors: [
        {
          messageId: "preferWithClientNoFix" as const,
          line: 6,
          column: 3,
          data: { client: "client", pool: "maybe", helper: "withClient", reason: OPTIONAL },
        },
      ],
    },
    fixed(run("maybe!.connect()"), `${FIXED_HEAD}export async function run() {
  await withClient(maybe!, async (client) => {
    await client?.query("SELECT 1");
  });
}`),
    fixed(run("(pool satisfies Pool).connect()"), `${FIXED_HEAD}export async function run() {
  await withClient(pool satisfies Pool, async (client) => {
    await client?.query("SELECT 1");
  });
}`),
    {
      code: `${HEAD}export async function run() {
  let client: Tagged | undefined;
  try {
    client = (await pool.connect()) as Tagged;
    await client.query("SELECT 1");
  } finally {
    client?.release();
  }
}`,
      output: null,
      errors: [
        {
          messageId: "preferWithClientNoFix" as const,
          line: 6,
          column: 3,
          data: { client: "client", pool: "pool", helper: "withClient", reason: ASSERTED },
        },
      ],
    },
    // Wrappers that keep the client's type (a non-null assertion, `satisfies`) are pg's PoolClient still: fixed.
    fixed(runValue("(await pool.connect())!"), `${FIXED_HEAD}export async function run() {
  await withClient(pool, async (client) => {
    await client?.query("SELECT 1");
  });
}`),
    fixed(runValue("(await pool.connect()) satisfies PoolClient"), `${FIXED_HEAD}export async function run() {
  await withClient(pool, async (client) => {
    await client?.query("SELECT 1");
  });
}`),
    fixed(run("(pool.connect() satisfies Promise<PoolClient>)"), `${FIXED_HEAD}export async function run() {
  await withClient(pool, async (client) => {
    await client?.query("SELECT 1");
  });
}`),
  ],
});

ruleTester.run("leak suggestion: the checkout's own shape", leakSuggestionHarness, {
  valid: [],
  invalid: [
    // A second client checked out while the first is held, used after the release, asserted: still a checkout (the
    // twin of with-client-held-span's unasserted one); handing it out of the callback would split its lifetime.
    {
      code: `async function both(sums: Pool, subs: Pool) {
  const a = await sums.connect();
  const b = (await subs.connect()) as Tagged;
  const x = await a.query("SELECT 1");
  const y = await b.query("SELECT 2");
  a.release();
  b.release();
  return [x.rows, y.rows];
}`,
      errors: [
        {
          messageId: "leak" as const,
          line: 2,
          column: 19,
          data: { reason: "`b`, a client checked out while this one is held, is used after the release" },
          suggestions: [],
        },
        { messageId: "leak" as const, line: 3, column: 20, data: { reason: ASSERTED }, suggestions: [] },
      ],
    },
    noSuggestionCase(
      `async function run(maybe) {
  const client = await maybe?.connect();
  await client.query("SELECT 1");
  client.release();
}`,
      OPTIONAL,
    ),
    // The client itself asserted: no suggestion, for the same reason (it had none before either, unexplained).
    noSuggestionCase(
      `async function run(pool: Pool) {
  const client = (await pool.connect()) as Tagged;
  await client.query("SELECT 1");
  client.release();
}`,
      ASSERTED,
      2,
      25,
    ),
    noSuggestionCase(
      `async function run(pool: Pool) {
  const client = <Tagged>(await pool.connect());
  await client.query("SELECT 1");
  client.release();
}`,
      ASSERTED,
      2,
      33,
    ),
    suggestionCase(
      outputs,
      `async function run(maybe) {
  const client = await maybe.connect();
  await client.query("SELECT 1");
  client.release();
}`,
      `${IMPORT}async function run(maybe) {
  await withClient(maybe, async (client) => {
    await client.query("SELECT 1");
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
