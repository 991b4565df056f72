// A test of the client that is the first throwable node of a `try` block: ESLint forks the path to the handler
// right after it, before the test's own branches fork, so the test must be carried across that first fork (the
// handler sees the state before the test, the branches the state after). matter-labs/block-explorer's
// runMigrations, with a pg client: a retry loop that connects under `if (!client)`, then unlocks in a finally.
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const UNLOCK_THEN_RELEASE = `    await client.query("SELECT pg_advisory_unlock(1)");\n    client.release();\n`;
const UNLOCK_IN_TRY = `    try {\n      await client.query("SELECT pg_advisory_unlock(1)");\n    } finally {\n      client.release();\n    }\n`;

/** The retry loop: connect under `test` (the try block's first throwable node), lock, then the finally after work. */
function retryLoop(finallyBody: string, test = "!client"): string {
  return `async function runMigrations(pool, logger, work) {
  let client = null;
  while (true) {
    try {
      if (${test}) {
        client = await pool.connect();
      }
    } catch (err) {
      logger.warn("retrying", err);
      if (client) {
        client.release();
        client = null;
      }
      continue;
    }
    try {
      const { rows } = await client.query("SELECT pg_try_advisory_lock(1) AS ok");
      if (rows[0].ok) break;
    } catch (err) {
      client.release();
      client = null;
    }
  }
  try {
    await work();
  } finally {
${finallyBody}  }
}`;
}

/** A client tested at the start of a `try` whose catch releases and rethrows; `after` runs once the try is done. */
function testedFirst(test: string, after: string): string {
  return `async function count(pool) {
  const client = await pool.connect();
  try {
    if (${test}) {
      await client.query("SELECT 1");
    }
  } catch (err) {
    client.release();
    throw err;
  }
${after}  return 1;
}`;
}

const REWRITTEN = `import { withClient } from "poolguard/runtime";
async function count(pool) {
  return await withClient(pool, async (client) => {
    try {
      if (client !== null) {
        await client.query("SELECT 1");
      }
    } catch (err) {
      throw err;
    }
    return 1;
  });
}`;

ruleTester.run("no-leaked-client: a test of the client as the first throwable node of a try", rule, {
  valid: [
    {
      name: "the retry loop connects only when no client is held, and the finally releases after the unlock",
      code: retryLoop(UNLOCK_IN_TRY),
    },
    {
      name: "the same loop, the test written as a comparison with null",
      code: retryLoop(UNLOCK_IN_TRY, "client === null"),
    },
    {
      name: "a comparison of the client first in the try; released after it",
      code: testedFirst("client !== null", "  client.release();\n"),
    },
  ],
  invalid: [
    {
      name: "the unlock's failure skips the release (told as that, not as a new checkout over a held client)",
      code: retryLoop(UNLOCK_THEN_RELEASE),
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 27 }, line: 6, column: 24, suggestions: [] }],
    },
    {
      name: "a comparison of the client first in the try does not stand for a release on the path past it",
      code: testedFirst("client !== null", ""),
      errors: [
        {
          messageId: "earlyExit",
          data: { pool: "pool", exit: "return", line: 11, scope: "the function" },
          line: 2,
          column: 24,
          suggestions: [{ messageId: "rewriteWithClient", data: { helper: "withClient" }, output: REWRITTEN }],
        },
      ],
    },
  ],
});

describe("the withClient suggestion output", () => {
  it("parses as a module", () => {
    expect(() => parse(REWRITTEN, { sourceType: "module" })).not.toThrow();
  });
});
