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
    // COMMIT stood apart, a blank line before and after it (MuhamadAjiW/PAT-Tubes-1-Booking's insert,
    // jsgods-rs-tandem/rs-tandem's quiz repository): cut out, it leaves one blank line, not two.
    fixCase(
      `async function insert(pool, id) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const booked = await client.query("INSERT INTO booking (id) VALUES ($1) RETURNING *", [id]);

    await client.query("COMMIT");

    return booked.rows[0];
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}`,
      `import { withTransaction } from "poolguard/runtime";
async function insert(pool, id) {
  return await withTransaction(pool, async (client) => {
    const booked = await client.query("INSERT INTO booking (id) VALUES ($1) RETURNING *", [id]);

    return booked.rows[0];
  });
}`,
      2,
      3,
    ),
    // Its twin with Windows line ends: the same one blank line, every line still ending in CRLF.
    fixCase(
      'async function insert(pool, id) {\r\n  const client = await pool.connect();\r\n  try {\r\n    await client.query("BEGIN");\r\n' +
        '    await client.query("INSERT INTO booking (id) VALUES ($1)", [id]);\r\n\r\n    await client.query("COMMIT");\r\n\r\n' +
        '    return id;\r\n  } catch (error) {\r\n    await client.query("ROLLBACK");\r\n    throw error;\r\n  } finally {\r\n' +
        '    client.release();\r\n  }\r\n}',
      'import { withTransaction } from "poolguard/runtime";\r\nasync function insert(pool, id) {\r\n' +
        '  return await withTransaction(pool, async (client) => {\r\n' +
        '    await client.query("INSERT INTO booking (id) VALUES ($1)", [id]);\r\n\r\n    return id;\r\n  });\r\n}',
      2,
      3,
    ),
    // A blank line on one side only is the code's own: it stays, as before.
    fixCase(
      `async function insert(pool, id) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("INSERT INTO booking (id) VALUES ($1)", [id]);

    await client.query("COMMIT");
    return id;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}`,
      `import { withTransaction } from "poolguard/runtime";
async function insert(pool, id) {
  return await withTransaction(pool, async (client) => {
    await client.query("INSERT INTO booking (id) VALUES ($1)", [id]);

    return id;
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
    expect(outputs).toHaveLength(7);
    for (const output of outputs) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});
