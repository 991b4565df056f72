// `const pending = pool.connect(); … const client = await pending;`: the checkout's promise kept in a `const` and
// awaited once, later, by the same function (src/analysis/lifetime/awaited-promise-checkout.ts; review-c's probe).
// The client is held from that `await` on. Each valid case is the twin of the invalid one with one condition changed.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** `load` checks out into `pending` on line 4, awaits it as given, queries, and releases after the query. */
const load = (awaitLines: string, declare = "const") => `import { Pool } from "pg";
const pool = new Pool();
export async function load(ids: number[]) {
  ${declare} pending = pool.connect();
${awaitLines}}
`;
const HELD = "  const client = await pending;\n  const res = await client.query(\"SELECT 1\");\n  client.release();\n  return res.rows;\n";

ruleTester.run("no-leaked-client: a checkout's promise awaited later", rule, {
  valid: [
    {
      name: "released in a finally after the await",
      code: load('  const client = await pending;\n  try {\n    await client.query("SELECT 1");\n  } finally {\n    client.release();\n  }\n'),
      filename: "file.ts",
    },
    { name: "the promise is read twice: not followed", code: load(`  pending.catch(() => undefined);\n${HELD}`), filename: "file.ts" },
    { name: "a `let` may be given another promise", code: load(HELD, "let"), filename: "file.ts" },
    {
      name: "awaited by a closure the function returns: a hand-over",
      code: load(`  return async () => {\n  ${HELD.replace(/\n {2}/g, "\n    ")}  };\n`),
      filename: "file.ts",
    },
    {
      name: "awaited in a loop the checkout is outside of",
      code: load(`  for (const id of ids) {\n    const client = await pending;\n    await client.query("SELECT $1", [id]);\n    client.release();\n  }\n`),
      filename: "file.ts",
    },
  ],
  invalid: [
    {
      name: "the awaited client is released after a query, outside a finally",
      code: load(HELD),
      filename: "file.ts",
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 6 }, line: 4, column: 19, suggestions: [] }],
    },
  ],
});
