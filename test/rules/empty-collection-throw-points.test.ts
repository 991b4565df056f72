// no-leaked-client: an empty built-in collection (`new Set<string>()`, `new Map()`, `new Set([])`) is made from
// nothing and cannot throw, so making one between connect() and the try is no throw point
// (nguyentrungnghia1802/LINE_Smart_Queue_Assistant's expireDue collects the organisations it touches in one). Given
// something to copy (`new Set(ids)`), the constructor iterates it and throws for what is not iterable: its twin stays
// reported.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** A batch job: `made` (line 5) runs between connect() (line 4) and the try (line 6). */
const job = (made: string) => `import { Pool } from "pg";
const pool = new Pool();
export async function expireDue(ids) {
  const client = await pool.connect();
  const touched = ${made};
  try {
    await client.query("UPDATE orders SET status = 'expired' WHERE id = ANY($1)", [ids]);
    return touched.size;
  } finally {
    client.release();
  }
}`;

const REWRITTEN_COPY = `import { Pool } from "pg";
import { withClient } from "poolguard/runtime";
const pool = new Pool();
export async function expireDue(ids) {
  return await withClient(pool, async (client) => {
    const touched = new Set(ids);
    await client.query("UPDATE orders SET status = 'expired' WHERE id = ANY($1)", [ids]);
    return touched.size;
  });
}`;

ruleTester.run("no-leaked-client: an empty collection before the try", rule, {
  valid: [
    { name: "an empty Set with a type argument cannot throw", code: job("new Set<string>()") },
    { name: "an empty Map cannot throw", code: job("new Map()") },
    { name: "a Set of an empty array literal cannot throw", code: job("new Set([])") },
  ],
  invalid: [
    {
      name: "a Set copied from a parameter iterates it, and throws for what is not iterable: still a throw point",
      code: job("new Set(ids)"),
      errors: [
        {
          messageId: "workBeforeTry",
          data: { pool: "pool", line: 5, tryLine: 6 },
          line: 4,
          column: 24,
          suggestions: [{ messageId: "rewriteWithClient", data: { helper: "withClient" }, output: REWRITTEN_COPY }],
        },
      ],
    },
  ],
});
