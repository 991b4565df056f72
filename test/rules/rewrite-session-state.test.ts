// no-leaked-client's suggestion gives back a client the original leaked. When the original never released it on its
// normal run, no other borrower ever saw the session state the held code left on it; withClient would return it to
// the pool with that state, and the next borrower's queries would run under it. quizfreely/quizfreely's routes
// before 12d98fbe (read in issue rewrite-n's round, refused here in rewrite-o's) ran `set role quizfreely_auth_user`
// inside a committed transaction and never released: every later request on that connection would have run as that
// role. So the suggestion is refused there, unless the held code resets the session itself. Where the original
// released on its normal run, the state already went back to the pool there: the suggestion stays.
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import { leakSuggestionHarness, noSuggestionCase, suggestionCase } from "../support/leak-suggestion-harness.js";
import { ruleTester } from "../support/rule-tester.js";

const outputs: string[] = [];
const IMPORT = 'import { withClient } from "poolguard/runtime";\n';
const suggestion = (code: string, output: string) => suggestionCase(outputs, code, output, 2, 24);
const refused = (code: string, what: string) =>
  noSuggestionCase(
    code,
    `the held code changes the session (${what}) on a client it never gives back, and withClient would return it to the pool with that state for the next borrower (reset it — \`RESET …\`, \`DISCARD ALL\` — before the release you add)`,
  );
const SET = "`SET` without `LOCAL`";

ruleTester.run("leak suggestion: session state on a never-released client", leakSuggestionHarness, {
  valid: [],
  invalid: [
    // quizfreely's shape: the role is set inside a transaction that commits, and nothing releases.
    refused(
      `async function create(pool, userId, title) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("set role app_user");
    await client.query("INSERT INTO sets (user_id, title) VALUES ($1, $2)", [userId, title]);
    await client.query("COMMIT");
    return 201;
  } catch (error) {
    await client.query("ROLLBACK");
    return 500;
  }
}`,
      SET,
    ),
    refused(
      `async function scoped(pool, tenant) {
  const client = await pool.connect();
  await client.query("SELECT set_config('app.tenant', $1, false)", [tenant]);
  return (await client.query("SELECT * FROM items")).rows;
}`,
      "set_config(…, false)",
    ),
    refused(
      `async function migrate(pool) {
  const client = await pool.connect();
  await client.query("SELECT pg_advisory_lock(42)");
  await client.query("CREATE TABLE IF NOT EXISTS t (id int)");
}`,
      "a session advisory lock",
    ),
    refused(
      `async function stage(pool, schema) {
  const client = await pool.connect();
  await client.query(\`SET search_path TO \${schema}\`);
  await client.query("CREATE TEMP TABLE staging (id int)");
}`,
      SET,
    ),
    // Twin: SET LOCAL ends with its transaction (the transaction itself ends on every way out here).
    suggestion(
      `async function scoped(pool, tenant) {
  const client = await pool.connect();
  await client.query("BEGIN");
  try {
    await client.query("SET LOCAL app.tenant = 'a'");
    await client.query("SELECT set_config('app.user', $1, true)", [tenant]);
    await client.query("UPDATE items SET seen = true");
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}`,
      `${IMPORT}async function scoped(pool, tenant) {
  await withClient(pool, async (client) => {
    await client.query("BEGIN");
    try {
      await client.query("SET LOCAL app.tenant = 'a'");
      await client.query("SELECT set_config('app.user', $1, true)", [tenant]);
      await client.query("UPDATE items SET seen = true");
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  });
}`,
    ),
    // Twin: the held code resets what it set.
    suggestion(
      `async function asUser(pool) {
  const client = await pool.connect();
  await client.query("SET ROLE app_user");
  const { rows } = await client.query("SELECT * FROM items");
  await client.query("RESET ROLE");
  return rows;
}`,
      `${IMPORT}async function asUser(pool) {
  return await withClient(pool, async (client) => {
    await client.query("SET ROLE app_user");
    const { rows } = await client.query("SELECT * FROM items");
    await client.query("RESET ROLE");
    return rows;
  });
}`,
    ),
    // Twin: released on the straight path, the state already went back to the pool there; the leak is the throw.
    suggestion(
      `async function slow(pool) {
  const client = await pool.connect();
  await client.query("SET statement_timeout = 0");
  const { rows } = await client.query("SELECT * FROM big");
  client.release();
  return rows;
}`,
      `${IMPORT}async function slow(pool) {
  const rows = await withClient(pool, async (client) => {
    await client.query("SET statement_timeout = 0");
    const { rows } = await client.query("SELECT * FROM big");
    return rows;
  });
  return rows;
}`,
    ),
    // Twin: a temporary table dropped at COMMIT, and an UPDATE's SET clause, are no session state.
    suggestion(
      `async function stage(pool) {
  const client = await pool.connect();
  await client.query("CREATE TEMP TABLE staging (id int) ON COMMIT DROP");
  await client.query("UPDATE items SET seen = true");
}`,
      `${IMPORT}async function stage(pool) {
  await withClient(pool, async (client) => {
    await client.query("CREATE TEMP TABLE staging (id int) ON COMMIT DROP");
    await client.query("UPDATE items SET seen = true");
  });
}`,
    ),
  ],
});

describe("session state: suggestion outputs", () => {
  it("parse", () => {
    expect(outputs.length).toBe(4);
    for (const output of outputs) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});
