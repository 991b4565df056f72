// no-leaked-client's withClient suggestion gives back a client the original leaked. Where the leak is a way out of the
// held code after BEGIN that never ends the transaction — a `return`, or the end of the held code when nothing
// released there — the original kept the transaction (and its row locks) to itself; withClient would give the client
// back inside it, and the next borrower's queries would run in it. So the suggestion is refused there (found reading
// preproom.ai oc-g406's reserveSeat in issue rewrite-n's round; run in rewrite-behaviour-leak-exits.ts).
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import { leakSuggestionHarness, noSuggestionCase, suggestionCase } from "../support/leak-suggestion-harness.js";
import { ruleTester } from "../support/rule-tester.js";

const outputs: string[] = [];
const IMPORT = 'import { withClient } from "poolguard/runtime";\n';
const suggestion = (code: string, output: string) => suggestionCase(outputs, code, output, 2, 24);

ruleTester.run("leak suggestion: ways out of an open transaction", leakSuggestionHarness, {
  valid: [],
  invalid: [
    // The early return neither rolls back nor releases: the seat's row stays locked by the leaked client.
    noSuggestionCase(
      `async function reserve(pool, id) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const seat = await client.query("SELECT taken FROM seats WHERE id = $1 FOR UPDATE", [id]);
    if (seat.rows[0].taken) {
      return false;
    }
    await client.query("UPDATE seats SET taken = true WHERE id = $1", [id]);
    await client.query("COMMIT");
    client.release();
    return true;
  } catch (error) {
    await client.query("ROLLBACK");
    client.release();
    throw error;
  }
}`,
      "the `return` on line 7 leaves the transaction open, and withClient would give the client back inside it (send `ROLLBACK` or `COMMIT` before it)",
    ),
    // Twin: the early return rolls back first (and leaks only the client): the suggestion stays.
    suggestion(
      `async function reserve(pool, id) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const seat = await client.query("SELECT taken FROM seats WHERE id = $1 FOR UPDATE", [id]);
    if (seat.rows[0].taken) {
      await client.query("ROLLBACK");
      return false;
    }
    await client.query("UPDATE seats SET taken = true WHERE id = $1", [id]);
    await client.query("COMMIT");
    client.release();
    return true;
  } catch (error) {
    await client.query("ROLLBACK");
    client.release();
    throw error;
  }
}`,
      `${IMPORT}async function reserve(pool, id) {
  return await withClient(pool, async (client) => {
    try {
      await client.query("BEGIN");
      const seat = await client.query("SELECT taken FROM seats WHERE id = $1 FOR UPDATE", [id]);
      if (seat.rows[0].taken) {
        await client.query("ROLLBACK");
        return false;
      }
      await client.query("UPDATE seats SET taken = true WHERE id = $1", [id]);
      await client.query("COMMIT");
      return true;
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  });
}`,
    ),
    // Falling off the end of the held code with the transaction open (it commits only in a branch).
    noSuggestionCase(
      `async function apply(pool, ok) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("UPDATE t SET a = 1");
    if (ok) {
      await client.query("COMMIT");
      client.release();
    }
  } catch (error) {
    await client.query("ROLLBACK");
    client.release();
    throw error;
  }
}`,
      "the held code can end with the transaction still open, and withClient would give the client back inside it (send `ROLLBACK` or `COMMIT` before its end)",
    ),
    // Twin: the try block ends with COMMIT, its catch rolls back; the client is never released.
    suggestion(
      `async function apply(pool) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("UPDATE t SET a = 1");
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}`,
      `${IMPORT}async function apply(pool) {
  await withClient(pool, async (client) => {
    try {
      await client.query("BEGIN");
      await client.query("UPDATE t SET a = 1");
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  });
}`,
    ),
    // A return that leaves through a finally which commits: the transaction is over when the callback returns.
    suggestion(
      `async function count(pool) {
  const client = await pool.connect();
  await client.query("BEGIN");
  try {
    const { rows } = await client.query("SELECT count(*) AS n FROM t");
    if (rows[0].n === "0") return 0;
    return Number(rows[0].n);
  } finally {
    await client.query("COMMIT");
  }
}`,
      `${IMPORT}async function count(pool) {
  return await withClient(pool, async (client) => {
    await client.query("BEGIN");
    try {
      const { rows } = await client.query("SELECT count(*) AS n FROM t");
      if (rows[0].n === "0") return 0;
      return Number(rows[0].n);
    } finally {
      await client.query("COMMIT");
    }
  });
}`,
    ),
    // Both branches of the if end the transaction and return (quizfreely/quizfreely's studyset routes before their
    // fix): the try never falls off its end with the transaction open.
    suggestion(
      `async function create(pool, ok) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    if (ok) {
      await client.query("COMMIT");
      return 201;
    } else {
      await client.query("ROLLBACK");
      return 401;
    }
  } catch (error) {
    await client.query("ROLLBACK");
    return 500;
  }
}`,
      `${IMPORT}async function create(pool, ok) {
  return await withClient(pool, async (client) => {
    try {
      await client.query("BEGIN");
      if (ok) {
        await client.query("COMMIT");
        return 201;
      } else {
        await client.query("ROLLBACK");
        return 401;
      }
    } catch (error) {
      await client.query("ROLLBACK");
      return 500;
    }
  });
}`,
    ),
  ],
});

describe("ways out of an open transaction: suggestion outputs", () => {
  it("parse", () => {
    expect(outputs.length).toBe(4);
    for (const output of outputs) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});
