// rewriteLeakAt is the "rewrite to withClient" suggestion a leak rule attaches to its report at `P.connect()`.
// A small harness rule offers it here, so that every suggestion output is asserted and re-parsed.
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import { leakSuggestionHarness, noSuggestionCase, suggestionCase } from "../support/leak-suggestion-harness.js";
import { ruleTester } from "../support/rule-tester.js";

const outputs: string[] = [];
const IMPORT = 'import { withClient } from "poolguard/runtime";\n';
const suggestion = (code: string, output: string, line?: number, column?: number) =>
  suggestionCase(outputs, code, output, line, column);
const noSuggestion = noSuggestionCase;

ruleTester.run("leak-suggestion-harness", leakSuggestionHarness, {
  valid: [
    // Promise-chain acquisitions have no statement to wrap: no suggestion is offered.
    `function load(pool) {
  return pool.connect().then((client) => client.query("SELECT 1").finally(() => client.release()));
}`,
  ],
  invalid: [
    suggestion(
      `async function count(pool) {
  const client = await pool.connect();
  const result = await client.query("SELECT count(*) FROM orders");
  client.release();
  return result.rows[0];
}`,
      // The callback ends where the client was released: \`result\` flows out, the \`return\` stays after it.
      `${IMPORT}async function count(pool) {
  const result = await withClient(pool, async (client) => {
    const result = await client.query("SELECT count(*) FROM orders");
    return result;
  });
  return result.rows[0];
}`,
    ),
    // The early return leaks; the try whose finally only released is unwrapped.
    suggestion(
      `async function find(pool, id) {
  const client = await pool.connect();
  if (id === undefined) return null;
  try {
    return (await client.query("SELECT * FROM users WHERE id = $1", [id])).rows[0];
  } finally {
    client.release();
  }
}`,
      `${IMPORT}async function find(pool, id) {
  return await withClient(pool, async (client) => {
    if (id === undefined) return null;
    return (await client.query("SELECT * FROM users WHERE id = $1", [id])).rows[0];
  });
}`,
    ),
    // Work before the try: the catch stays, the finally clause goes; the template literal keeps its text.
    suggestion(
      `async function report(pool) {
  const client = await pool.connect();
  await client.query("SET statement_timeout = 5000");
  try {
    return await client.query(\`SELECT *
FROM report\`);
  } catch (error) {
    console.error(error);
    throw error;
  } finally {
    client.release(); // back to the pool
  }
}`,
      `${IMPORT}async function report(pool) {
  return await withClient(pool, async (client) => {
    // back to the pool
    await client.query("SET statement_timeout = 5000");
    try {
      return await client.query(\`SELECT *
FROM report\`);
    } catch (error) {
      console.error(error);
      throw error;
    }
  });
}`,
    ),
    // Not the last statement of the function, no return in the body: the code after the block stays after it.
    suggestion(
      `async function sync(pool, ids) {
  if (ids.length > 0) {
    const client = await pool.connect();
    for (const id of ids) await client.query("SELECT $1", [id]);
    client.release();
  }
  console.log("synced");
}`,
      `${IMPORT}async function sync(pool, ids) {
  if (ids.length > 0) {
    await withClient(pool, async (client) => {
      for (const id of ids) await client.query("SELECT $1", [id]);
    });
  }
  console.log("synced");
}`,
      3,
      26,
    ),
    noSuggestion(
      `async function load(pool) {
  const client = await pool.connect();
  const rows = [];
  try {
    const rows = await client.query("SELECT 1");
    console.log(rows);
  } finally {
    client.release();
  }
  return rows;
}`,
      "unwrapping the `try` whose `finally` only released would clash with a name next to it",
    ),
    noSuggestion(
      `async function load(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } catch (error) {
    client.release(error);
    throw error;
  }
  client.release();
}`,
      "`release()` gets an argument (that destroys the client; the helper cannot)",
    ),
    noSuggestion(
      `async function load(pool) {
  const client = await pool.connect();
  setTimeout(() => client.release(), 1000);
  await client.query("SELECT 1");
}`,
      "the client is released inside a callback",
    ),
    noSuggestion(
      `async function load(pool, ok) {
  const client = await pool.connect();
  if (ok) client.release();
}`,
      "a `release()` call is part of a larger expression or the only statement of a branch",
    ),
    noSuggestion(
      `async function load(pool, ids) {
  for (const id of ids) {
    const client = await pool.connect();
    if (!id) continue;
    await client.query("SELECT $1", [id]);
    client.release();
  }
}`,
      "`continue` leaves the body",
      3,
      26,
    ),
    noSuggestion(
      `async function open(pool, listen) {
  const client = await pool.connect();
  if (!listen) {
    client.release();
    return null;
  }
  await client.query("LISTEN jobs");
  return client;
}`,
      "the client is handed over (returned or stored), so it must outlive the block",
    ),
    // Released early in a branch that then uses the pool: inside the callback that query would wait for a second
    // client while this one is still held (with one client left, forever).
    noSuggestion(
      `async function claim(pool, id) {
  const client = await pool.connect();
  const { rowCount } = await client.query("UPDATE jobs SET taken = true WHERE id = $1", [id]);
  if (rowCount === 0) {
    client.release();
    await pool.query("INSERT INTO misses (id) VALUES ($1)", [id]);
    return;
  }
  client.release();
}`,
      "`pool.query()` runs after a `release()` that is not on every path, and would run while the callback still holds the client",
    ),
    // Twin: the branch's other work does not use the pool, so it may run before the release.
    suggestion(
      `async function claim(pool, id) {
  const client = await pool.connect();
  const { rowCount } = await client.query("UPDATE jobs SET taken = true WHERE id = $1", [id]);
  if (rowCount === 0) {
    client.release();
    console.warn("missed", id);
    return;
  }
  client.release();
}`,
      `${IMPORT}async function claim(pool, id) {
  return await withClient(pool, async (client) => {
    const { rowCount } = await client.query("UPDATE jobs SET taken = true WHERE id = $1", [id]);
    if (rowCount === 0) {
      console.warn("missed", id);
      return;
    }
  });
}`,
    ),
    // Never released, and its work is not awaited (a cursor read through callbacks, as esthonjr/crud-postgresql-nodejs
    // does): withClient would release the client as soon as the callback returns, while the cursor still reads on it.
    noSuggestion(
      `async function readCursor(pool) {
  const client = await pool.connect();
  const cursor = client.query(new Cursor("SELECT * FROM users"));
  cursor.read(1, (err, rows) => {
    console.log(rows);
  });
}`,
      "`client.query(…)` is not awaited, and withClient would release the client while it still runs",
    ),
    // Twin: awaited work, never released — the callback holds the client exactly as long as the work runs.
    suggestion(
      `async function readFirst(pool) {
  const client = await pool.connect();
  const { rows } = await client.query("SELECT * FROM users LIMIT 1");
  console.log(rows);
}`,
      `${IMPORT}async function readFirst(pool) {
  await withClient(pool, async (client) => {
    const { rows } = await client.query("SELECT * FROM users LIMIT 1");
    console.log(rows);
  });
}`,
    ),
    // BEGIN … COMMIT with nothing to roll back on an error: the original leaks its client inside the failed
    // transaction; withClient would give it back inside it, and the next borrower's queries would fail with "current
    // transaction is aborted" (found by running the rewrite: test/rules/rewrite-behaviour.test.ts).
    noSuggestion(
      `async function save(pool, name) {
  const client = await pool.connect();
  await client.query("BEGIN");
  await client.query("INSERT INTO t (name) VALUES ($1)", [name]);
  await client.query("COMMIT");
  client.release();
}`,
      "an error after `BEGIN` would leave the transaction open, and withClient would give the client back inside it (end the transaction in a `catch` or `finally`, or use withTransaction)",
    ),
    // The same with an isolation level, inside a try whose catch only logs.
    noSuggestion(
      `async function save(pool, name) {
  const client = await pool.connect();
  try {
    await client.query("START TRANSACTION ISOLATION LEVEL SERIALIZABLE");
    await client.query("INSERT INTO t (name) VALUES ($1)", [name]);
    await client.query("COMMIT");
  } catch (error) {
    console.error(error);
  }
  client.release();
}`,
      "an error after `BEGIN` would leave the transaction open, and withClient would give the client back inside it (end the transaction in a `catch` or `finally`, or use withTransaction)",
    ),
    // BEGIN as the first statement of a template with placeholders (jacobpgn/apoq's migrate: `BEGIN; SELECT
    // pg_advisory_xact_lock(${key}); CREATE TABLE ${table} …`, then the migrations, COMMIT, release): it opens the
    // transaction all the same, and a failed migration would send the client back inside it.
    noSuggestion(
      `async function migrate(pool, table, migrations) {
  const client = await pool.connect();
  await client.query(\` BEGIN;
    SELECT pg_advisory_xact_lock(\${LOCK_KEY});
    CREATE TABLE IF NOT EXISTS \${table} (version integer NOT NULL);\`);
  for (const migration of migrations) await client.query(migration.up);
  await client.query("COMMIT");
  client.release();
}`,
      "an error after `BEGIN` would leave the transaction open, and withClient would give the client back inside it (end the transaction in a `catch` or `finally`, or use withTransaction)",
    ),
    // Twin: the same template BEGIN inside a try whose catch rolls back: the suggestion stays.
    suggestion(
      `async function migrate(pool, table, migrations) {
  const client = await pool.connect();
  try {
    await client.query(\`BEGIN; SELECT pg_advisory_xact_lock(\${LOCK_KEY});\`);
    for (const migration of migrations) await client.query(migration.up);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  client.release();
}`,
      `${IMPORT}async function migrate(pool, table, migrations) {
  await withClient(pool, async (client) => {
    try {
      await client.query(\`BEGIN; SELECT pg_advisory_xact_lock(\${LOCK_KEY});\`);
      for (const migration of migrations) await client.query(migration.up);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  });
}`,
    ),
    // Twin: BEGIN right before a try whose catch rolls back, with only `let caught = false` between (reduced from
    // nalanj/pg-ist's tx, which is refused: its `const txn = tx(client)` between them is a call that may throw).
    suggestion(
      `async function save(pool, name) {
  const client = await pool.connect();
  await client.query("BEGIN");
  let caught = false;
  try {
    await client.query("INSERT INTO t (name) VALUES ($1)", [name]);
  } catch (error) {
    caught = true;
    await client.query("ROLLBACK");
    throw error;
  } finally {
    if (!caught) await client.query("COMMIT");
    client.release();
  }
}`,
      `${IMPORT}async function save(pool, name) {
  await withClient(pool, async (client) => {
    await client.query("BEGIN");
    let caught = false;
    try {
      await client.query("INSERT INTO t (name) VALUES ($1)", [name]);
    } catch (error) {
      caught = true;
      await client.query("ROLLBACK");
      throw error;
    } finally {
      if (!caught) await client.query("COMMIT");
    }
  });
}`,
    ),
    // Twin: a finally that ends the transaction on every path (graphile/starter's test helper: BEGIN ISOLATION LEVEL,
    // then a try whose finally rolls back).
    suggestion(
      `async function withDb(pool, fn) {
  const client = await pool.connect();
  await client.query("BEGIN ISOLATION LEVEL SERIALIZABLE;");
  try {
    await fn(client);
  } finally {
    await client.query("ROLLBACK;");
    client.release();
  }
}`,
      `${IMPORT}async function withDb(pool, fn) {
  await withClient(pool, async (client) => {
    await client.query("BEGIN ISOLATION LEVEL SERIALIZABLE;");
    try {
      await fn(client);
    } finally {
      await client.query("ROLLBACK;");
    }
  });
}`,
    ),
  ],
});

describe("leak suggestion outputs", () => {
  it("all parse as modules", () => {
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});
