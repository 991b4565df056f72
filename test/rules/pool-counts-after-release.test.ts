// The leak suggestion must not move a read of the pool's counts (`pool.idleCount`, `totalCount`, `waitingCount`)
// from after a release to before withClient's: the original counted the client as idle, the callback still holds
// it. Found probing the release-then-more finally of this round's dumps (decentraland/catalyst counts released
// clients after `client.release()` in its finally; a count of the pool itself would read differently).
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import { leakSuggestionHarness, noSuggestionCase, suggestionCase } from "../support/leak-suggestion-harness.js";
import { ruleTester } from "../support/rule-tester.js";

const IMPORT = 'import { withClient } from "poolguard/runtime";\n';
const outputs: string[] = [];

ruleTester.run("leak suggestion (pool counts read after a release)", leakSuggestionHarness, {
  valid: [],
  invalid: [
    noSuggestionCase(
      `async function load(pool, metrics) {
  const client = await pool.connect();
  metrics.increment("acquired");
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
    metrics.gauge("idle", pool.idleCount);
  }
}`,
      "`pool.idleCount` runs after a `release()` that is not on every path, and would run while the callback still holds the client",
    ),
    // Released early in a branch, the count read after it in that branch.
    noSuggestionCase(
      `async function load(pool, log, skip) {
  const client = await pool.connect();
  if (skip) {
    client.release();
    log(pool.totalCount - pool.idleCount);
    return;
  }
  await client.query("SELECT 1");
  client.release();
}`,
      "`pool.totalCount` runs after a `release()` that is not on every path, and would run while the callback still holds the client",
    ),
    // The twin: read before the release, the count is the same inside the callback.
    suggestionCase(
      outputs,
      `async function load(pool, metrics) {
  const client = await pool.connect();
  metrics.increment("acquired");
  try {
    await client.query("SELECT 1");
  } finally {
    metrics.gauge("idle", pool.idleCount);
    client.release();
  }
}`,
      `${IMPORT}async function load(pool, metrics) {
  await withClient(pool, async (client) => {
    metrics.increment("acquired");
    try {
      await client.query("SELECT 1");
    } finally {
      metrics.gauge("idle", pool.idleCount);
    }
  });
}`,
    ),
  ],
});

describe("pool-count rewrite outputs", () => {
  it("parse as modules", () => {
    expect(outputs).toHaveLength(1);
    for (const output of outputs) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});
