// The leak suggestion drops every `release()` of the held code. Where a `finally` releases a client that its `try`
// or `catch` already released, pg throws "Release called on client which has already been released to the pool."
// on that path; the rewrite would erase that error with both releases, and a `finally` that returns would turn the
// failure into a result. Reduced from decentraland/social-service-ea's executeTx before 8d1b83ec (a corpus case):
// no rewrite there — no-use-after-release reports the second release, and that is fixed first.
import { leakSuggestionHarness, noSuggestionCase, suggestionCase } from "../support/leak-suggestion-harness.js";
import { ruleTester } from "../support/rule-tester.js";

const IMPORT = 'import { withClient } from "poolguard/runtime";\n';
const outputs: string[] = [];
const TWICE = "the client is released twice on some path (a `finally` releases it again; fix that first: pg throws there)";

ruleTester.run("leak suggestion (a release repeated in a finally)", leakSuggestionHarness, {
  valid: [],
  invalid: [
    noSuggestion(`async function executeTx(pool, cb) {
  const client = await pool.connect();
  let res;
  await client.query("BEGIN");
  try {
    res = await cb(client);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    client.release();
    throw error;
  } finally {
    client.release();
    return res;
  }
}`),
    // A release in the try block itself, then again in the finally: pg throws on every path that gets there.
    noSuggestion(`async function load(pool) {
  const client = await pool.connect();
  await client.query("SET search_path TO app");
  try {
    const { rows } = await client.query("SELECT 1");
    client.release();
    return rows;
  } finally {
    client.release();
  }
}`),
    // Twin: the catch releases and rethrows, with no finally — released once on every path; the suggestion stays.
    suggestionCase(
      outputs,
      `async function executeTx(pool, cb) {
  const client = await pool.connect();
  await client.query("BEGIN");
  try {
    const res = await cb(client);
    await client.query("COMMIT");
    return res;
  } catch (error) {
    await client.query("ROLLBACK");
    client.release();
    throw error;
  }
}`,
      `${IMPORT}async function executeTx(pool, cb) {
  return await withClient(pool, async (client) => {
    await client.query("BEGIN");
    try {
      const res = await cb(client);
      await client.query("COMMIT");
      return res;
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  });
}`,
    ),
    // Twin: a release in the finally alone, after work before the try: released once; the suggestion stays.
    suggestionCase(
      outputs,
      `async function load(pool) {
  const client = await pool.connect();
  await client.query("SET search_path TO app");
  try {
    const { rows } = await client.query("SELECT 1");
    return rows;
  } finally {
    client.release();
  }
}`,
      `${IMPORT}async function load(pool) {
  return await withClient(pool, async (client) => {
    await client.query("SET search_path TO app");
    const { rows } = await client.query("SELECT 1");
    return rows;
  });
}`,
    ),
  ],
});

function noSuggestion(code: string) {
  return noSuggestionCase(code, TWICE);
}
