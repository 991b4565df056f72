// Blank lines where the rewrite cuts: the held code's own blank lines stay, but none is left to open or close the
// callback — found reading rewrites on public repositories (DevJoghurt/nuxt-queue's migrations: a blank line after
// BEGIN and before COMMIT; kcde/postgres-API's dbquery and jesskeepswimming/plantSearchGo's test setup: a blank line
// before the release). Both rewrites: prefer-with-client's fix and no-leaked-client's suggestion (via the harness).
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import rule from "../../rules/prefer-with-client.js";
import { leakSuggestionHarness, suggestionCase } from "../support/leak-suggestion-harness.js";
import { ruleTester } from "../support/rule-tester.js";

const outputs: string[] = [];
const fixCase = (code: string, output: string, line: number, column: number) => {
  outputs.push(output);
  return { code, output, errors: [{ messageId: "preferWithClient" as const, line, column }] };
};

ruleTester.run("prefer-with-client", rule, {
  valid: [],
  invalid: [
    // withTransaction drops BEGIN and COMMIT; the blank lines that stood after BEGIN and before COMMIT go with them.
    fixCase(
      `import type { Pool } from 'pg'
export async function up(pool: Pool, schema: string) {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')

    // Create the schema
    await client.query(\`CREATE SCHEMA IF NOT EXISTS \${schema}\`)

    await client.query(\`CREATE TABLE \${schema}.jobs (id int)\`)

    await client.query('COMMIT')
  }
  catch (error) {
    await client.query('ROLLBACK')
    throw error
  }
  finally {
    client.release()
  }
}`,
      `import type { Pool } from 'pg'
import { withTransaction } from 'poolguard/runtime'
export async function up(pool: Pool, schema: string) {
  await withTransaction(pool, async (client) => {
    // Create the schema
    await client.query(\`CREATE SCHEMA IF NOT EXISTS \${schema}\`)

    await client.query(\`CREATE TABLE \${schema}.jobs (id int)\`)
  })
}`,
      3,
      3,
    ),
    // Twin under withClient: a try block that starts and ends with a blank line is closed up the same way.
    fixCase(
      `async function load(pool) {
  const client = await pool.connect();
  try {

    return (await client.query("SELECT 1")).rows;

  } finally {
    client.release();
  }
}`,
      `import { withClient } from "poolguard/runtime";
async function load(pool) {
  return await withClient(pool, async (client) => {
    return (await client.query("SELECT 1")).rows;
  });
}`,
      2,
      3,
    ),
  ],
});

ruleTester.run("leak-suggestion-harness", leakSuggestionHarness, {
  valid: [],
  invalid: [
    // The blank line before the release no longer sits before the callback's closing `});`.
    suggestionCase(
      outputs,
      `async function run(db, sql) {
  const connect = await db.connect();

  const result = await connect.query(sql);

  connect.release();

  return result;
}`,
      `import { withClient } from "poolguard/runtime";
async function run(db, sql) {
  const result = await withClient(db, async (connect) => {
    const result = await connect.query(sql);
    return result;
  });

  return result;
}`,
      2,
      25,
    ),
    suggestionCase(
      outputs,
      `async function setup(pool) {
  const client = await pool.connect();

  // build the tables
  await client.query(USERS);

  await client.query(PINS);

  client.release()
}`,
      `import { withClient } from "poolguard/runtime";
async function setup(pool) {
  await withClient(pool, async (client) => {
    // build the tables
    await client.query(USERS);

    await client.query(PINS);
  });
}`,
    ),
  ],
});

describe("rewrites around blank lines", () => {
  it("parse as modules", () => {
    expect(outputs).toHaveLength(4);
    for (const output of outputs) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});
