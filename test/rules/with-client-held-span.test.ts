// The leak suggestion holds the client exactly as long as the code did: the callback ends at the release on the
// straight path, the values the code after it needs come back as its result, and where the callback would have to
// run past a release (released in a branch) it is offered only when nothing after that uses the pool.
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import { leakSuggestionHarness, noSuggestionCase, suggestionCase } from "../support/leak-suggestion-harness.js";
import { ruleTester } from "../support/rule-tester.js";

const outputs: string[] = [];
const IMPORT = 'import { withClient } from "poolguard/runtime";\n';
const suggestion = (code: string, output: string, line?: number, column?: number) =>
  suggestionCase(outputs, code, output, line, column);

ruleTester.run("held span", leakSuggestionHarness, {
  valid: [],
  invalid: [
    // Two values flow out (one of them a `let`, reassigned later: the outer binding is a `let` too); the logging and
    // `pool.end()` after the release stay after the callback.
    suggestion(
      `async function main(pool) {
  const client = await pool.connect();
  const { rows } = await client.query("SELECT * FROM jobs");
  let total = rows.length;
  client.release();
  console.log(rows, total);
  total += 1;
  await pool.end();
}`,
      `${IMPORT}async function main(pool) {
  let { rows, total } = await withClient(pool, async (client) => {
    const { rows } = await client.query("SELECT * FROM jobs");
    let total = rows.length;
    return { rows, total };
  });
  console.log(rows, total);
  total += 1;
  await pool.end();
}`,
    ),
    // A value used after the release but nothing else: \`const\` outside, the rest of the block untouched.
    suggestion(
      `async function handler(pool, res) {
  const client = await pool.connect();
  const result = await client.query("SELECT now()");
  client.release();
  res.json(result.rows);
  await audit(res);
}`,
      `${IMPORT}async function handler(pool, res) {
  const result = await withClient(pool, async (client) => {
    const result = await client.query("SELECT now()");
    return result;
  });
  res.json(result.rows);
  await audit(res);
}`,
    ),
    // An outer variable with a declared type, assigned while the client is held and read after: assigned back from
    // the result, so TypeScript sees the new value (a closure's assignment alone it would not).
    suggestion(
      `async function mark(pool, id: number) {
  let status: "new" | "done" = "new";
  const client = await pool.connect();
  const updated = await client.query("UPDATE t SET done = true WHERE id = $1", [id]);
  if (updated.rowCount === 1) status = "done";
  client.release();
  return status;
}`,
      `${IMPORT}async function mark(pool, id: number) {
  let status: "new" | "done" = "new";
  status = await withClient(pool, async (client) => {
    const updated = await client.query("UPDATE t SET done = true WHERE id = $1", [id]);
    if (updated.rowCount === 1) status = "done";
    return status;
  });
  return status;
}`,
      3,
      24,
    ),
    // Two such variables, in a file without semicolons: the assignment statement starts with \`;(\`.
    suggestion(
      `async function stats(pool) {
  let min = 0, max = 0
  const client = await pool.connect()
  min = (await client.query("SELECT min(n) FROM t")).rows[0].min
  max = (await client.query("SELECT max(n) FROM t")).rows[0].max
  client.release()
  return max - min
}`,
      `import { withClient } from "poolguard/runtime"
async function stats(pool) {
  let min = 0, max = 0
  ;({ min, max } = await withClient(pool, async (client) => {
    min = (await client.query("SELECT min(n) FROM t")).rows[0].min
    max = (await client.query("SELECT max(n) FROM t")).rows[0].max
    return { min, max }
  }))
  return max - min
}`,
      3,
      24,
    ),
    // Work before the try whose finally releases: the span ends with that try, which is unwrapped; what follows it
    // stays after the callback.
    suggestion(
      `async function load(pool, log) {
  const client = await pool.connect();
  await client.query("SET statement_timeout = 1000");
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
  log("loaded");
}`,
      `${IMPORT}async function load(pool, log) {
  await withClient(pool, async (client) => {
    await client.query("SET statement_timeout = 1000");
    await client.query("SELECT 1");
  });
  log("loaded");
}`,
    ),
    // No release on the straight path, nothing after the branch's release touches the pool: the callback runs to the
    // end of the block, as before.
    suggestion(
      `async function maybe(pool, ok) {
  const client = await pool.connect();
  await client.query("SELECT 1");
  if (ok) {
    client.release();
    return;
  }
  console.log("kept");
}`,
      `${IMPORT}async function maybe(pool, ok) {
  return await withClient(pool, async (client) => {
    await client.query("SELECT 1");
    if (ok) {
      return;
    }
    console.log("kept");
  });
}`,
    ),
    // The \`let\` form: the declaration goes, the checkout statement becomes the call.
    suggestion(
      `async function load(pool) {
  let client;
  client = await pool.connect();
  const result = await client.query("SELECT 1");
  client.release();
  return result.rows;
}`,
      `${IMPORT}async function load(pool) {
  const result = await withClient(pool, async (client) => {
    const result = await client.query("SELECT 1");
    return result;
  });
  return result.rows;
}`,
      3,
      18,
    ),
    // The \`let\` form inside a try whose catch does not use the client: the call stays inside the try.
    suggestion(
      `async function load(pool, log) {
  let client;
  try {
    client = await pool.connect();
    const result = await client.query("SELECT 1");
    client.release();
    return result.rows;
  } catch (error) {
    log(error);
    return [];
  }
}`,
      `${IMPORT}async function load(pool, log) {
  try {
    const result = await withClient(pool, async (client) => {
      const result = await client.query("SELECT 1");
      return result;
    });
    return result.rows;
  } catch (error) {
    log(error);
    return [];
  }
}`,
      4,
      20,
    ),
    noSuggestionCase(
      `async function script(pool, ok) {
  const client = await pool.connect();
  await client.query("SELECT 1");
  if (ok) {
    client.release();
    console.log("released");
  }
  await pool.end();
}`,
      "`pool.end()` runs after a `release()` that is not on every path, and would run while the callback still holds the client",
    ),
    noSuggestionCase(
      `async function again(pool, ok) {
  const client = await pool.connect();
  if (ok) {
    client.release();
    return;
  }
  const { rows } = await pool.query("SELECT 1");
  console.log(rows);
}`,
      "`pool.query()` runs after a `release()` that is not on every path, and would run while the callback still holds the client",
    ),
    noSuggestionCase(
      `async function nested(pool, withClient) {
  const client = await pool.connect();
  await withClient(pool, async (other) => other.query("SELECT 1"));
  client.release();
}`,
      "`withClient(pool, …)` would run while the callback holds the client (`end()` waits for it, a second checkout can too)",
    ),
    noSuggestionCase(
      `async function twice(pool) {
  const client = await pool.connect();
  await client.query("SELECT 1");
  await pool.connect().then((second) => second.release());
  client.release();
}`,
      "`pool.connect()` would run while the callback holds the client (`end()` waits for it, a second checkout can too)",
    ),
    noSuggestionCase(
      `async function first(pool, id) {
  const client = await pool.connect();
  const { rows } = await client.query("SELECT * FROM t WHERE id = $1", [id]);
  if (rows.length === 0) return null;
  client.release();
  return rows[0];
}`,
      "the body returns on some paths, and the code after it uses `rows` from it",
    ),
    noSuggestionCase(
      `async function untyped(pool) {
  let rows;
  const client = await pool.connect();
  rows = (await client.query("SELECT 1")).rows;
  client.release();
  return rows;
}`,
      "the body assigns `rows`, which is read after the block and has no declared type to carry it out",
      3,
      24,
    ),
    // The same in plain JavaScript: no closure typing to keep, so \`rows\` is assigned back from the result.
    {
      ...suggestion(
        `async function untyped(pool) {
  let rows;
  const client = await pool.connect();
  rows = (await client.query("SELECT 1")).rows;
  client.release();
  return rows;
}`,
        `${IMPORT}async function untyped(pool) {
  let rows;
  rows = await withClient(pool, async (client) => {
    rows = (await client.query("SELECT 1")).rows;
    return rows;
  });
  return rows;
}`,
        3,
        24,
      ),
      filename: "script.js",
    },
    // JavaScript under // @ts-check is type-checked: refused as in TypeScript.
    {
      ...noSuggestionCase(
        `// @ts-check
async function untyped(pool) {
  let rows;
  const client = await pool.connect();
  rows = (await client.query("SELECT 1")).rows;
  client.release();
  return rows;
}`,
        "the body assigns `rows`, which is read after the block and has no declared type to carry it out",
        4,
        24,
      ),
      filename: "script.js",
    },
    noSuggestionCase(
      `async function both(pool) {
  let count = 0;
  const client = await pool.connect();
  const { rows } = await client.query("SELECT 1");
  count = rows.length;
  client.release();
  return [rows, count];
}`,
      "values declared in the body and outer variables it assigns are both used after it (`rows`, `count`)",
      3,
      24,
    ),
    // Two clients of two pools, released one after the other: the second checkout would have to leave the first
    // one's callback as a value, splitting its lifetime. (The second client's own rewrite is unaffected.)
    {
      code: `async function both(sums, subs) {
  const a = await sums.connect();
  const b = await subs.connect();
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
        {
          messageId: "leak" as const,
          line: 3,
          column: 19,
          data: { reason: "fixable" },
          suggestions: [
            {
              messageId: "rewrite" as const,
              data: { helper: "withClient" },
              output: `${IMPORT}async function both(sums, subs) {
  const a = await sums.connect();
  const { x, y } = await withClient(subs, async (b) => {
    const x = await a.query("SELECT 1");
    const y = await b.query("SELECT 2");
    a.release();
    return { x, y };
  });
  return [x.rows, y.rows];
}`,
            },
          ],
        },
      ],
    },
    noSuggestionCase(
      `async function hoisted(pool) {
  const client = await pool.connect();
  var rows = (await client.query("SELECT 1")).rows;
  client.release();
  return rows;
}`,
      "`rows` is declared in the body and used after it",
    ),
  ],
});

describe("held span suggestion outputs", () => {
  it("all parse as modules", () => {
    expect(outputs.length).toBe(9);
    for (const output of outputs) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});
