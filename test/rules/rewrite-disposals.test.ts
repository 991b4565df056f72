// `using` / `await using` in the code the withClient rewrite moves: a declaration is disposed when its block ends, and
// moved into the callback it is disposed when the callback returns. The rewrite is offered only where that is the
// same moment: everything after the declaration in its block moves too, and nothing the rewrite cuts out (the
// release, BEGIN/COMMIT, which the helper does after the callback) comes after it there.
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import rule from "../../rules/prefer-with-client.js";
import { leakSuggestionHarness, noSuggestionCase, suggestionCase } from "../support/leak-suggestion-harness.js";
import { ruleTester } from "../support/rule-tester.js";

const outputs: string[] = [];
const IMPORT = 'import { withClient } from "poolguard/runtime";\n';

ruleTester.run("prefer-with-client: using declarations", rule, {
  valid: [],
  invalid: [
    // The try block is the declaration's block: disposed at its end, before `finally` releases — as in the callback.
    {
      code: `async function f(pool) {
  const client = await pool.connect();
  try {
    using span = tracer.start();
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
}`,
      output: `${IMPORT}async function f(pool) {
  await withClient(pool, async (client) => {
    using span = tracer.start();
    await client.query("SELECT 1");
  });
}`,
      errors: [{ messageId: "preferWithClient", line: 2, column: 3 }],
    },
    // COMMIT came after the disposal (at the try block's end); withTransaction commits after the callback, so the
    // lock would be given up before the transaction commits.
    {
      code: `async function f(pool) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await using lock = await advisoryLock(client);
    await client.query("UPDATE t SET a = 1");
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}`,
      output: null,
      errors: [
        {
          messageId: "preferWithClientNoFix",
          line: 2,
          column: 3,
          data: {
            client: "client",
            pool: "pool",
            helper: "withTransaction",
            reason: "`await using lock` would be disposed when the callback returns, not where its block ends",
          },
        },
      ],
    },
    // The twin with the lock in a block of its own that ends before COMMIT: the same moment either way.
    {
      code: `async function f(pool) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    {
      await using lock = await advisoryLock(client);
      await client.query("UPDATE t SET a = 1");
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}`,
      output: `import { withTransaction } from "poolguard/runtime";
async function f(pool) {
  await withTransaction(pool, async (client) => {
    {
      await using lock = await advisoryLock(client);
      await client.query("UPDATE t SET a = 1");
    }
  });
}`,
      errors: [{ messageId: "preferWithClient", line: 2, column: 3 }],
    },
  ],
});

ruleTester.run("leak suggestion: using declarations", leakSuggestionHarness, {
  valid: [],
  invalid: [
    // The declaration's block goes on after the release: disposed there, not when the callback returns (and the
    // value used after the release would be handed out already disposed).
    noSuggestionCase(
      `async function f(pool) {
  const client = await pool.connect();
  await using timer = startTimer();
  await client.query("SELECT 1");
  client.release();
  timer.mark();
}`,
      "`await using timer` would be disposed when the callback returns, not where its block ends",
    ),
    // Nothing follows, but the release came before the disposal; withClient releases after it.
    noSuggestionCase(
      `async function f(pool) {
  const client = await pool.connect();
  using lock = takeLock();
  await client.query("SELECT 1");
  client.release();
}`,
      "`using lock` would be disposed when the callback returns, not where its block ends",
    ),
    // The twin: the declaration in a block of its own inside the held code, disposed at that block's end either way.
    suggestionCase(
      outputs,
      `async function f(pool) {
  const client = await pool.connect();
  {
    using lock = takeLock();
    await client.query("SELECT 1");
  }
  client.release();
  await next();
}`,
      `${IMPORT}async function f(pool) {
  await withClient(pool, async (client) => {
    {
      using lock = takeLock();
      await client.query("SELECT 1");
    }
  });
  await next();
}`,
    ),
  ],
});

describe("using declarations: suggestion outputs", () => {
  it("parse", () => {
    expect(outputs.length).toBe(1);
    for (const output of outputs) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});
