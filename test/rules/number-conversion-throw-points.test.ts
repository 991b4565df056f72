// no-leaked-client: `Number(value)` converts (NaN for text that is not a number) and never throws for the values
// programs pass it, so a helper of the same file that only reads a setting and converts it with Number, Math and
// Number.isFinite is no throw point between connect() and the try (YawLabs/postgres-mcp's `getMaxRows()` before the
// try whose finally releases). `BigInt(value)` throws a SyntaxError for such text: its twin stays reported.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** A settings helper (lines 3-8, `convert` applied to the env var) called between connect() (line 10) and the try. */
const readWrite = (convert: string) => `import pg from "pg";
const pool = new pg.Pool();
function getMaxRows() {
  const raw = process.env.POSTGRES_MAX_ROWS;
  if (!raw) return 1000;
  const parsed = ${convert}(raw);
  return parsed > 0 ? Math.floor(Number(parsed)) : 1000;
}
export async function runReadWrite(sql) {
  const client = await pool.connect();
  const maxRows = getMaxRows();
  try {
    const result = await client.query(sql);
    return result.rows.slice(0, maxRows);
  } finally {
    client.release();
  }
}`;

const REWRITTEN_BIGINT = `import pg from "pg";
import { withClient } from "poolguard/runtime";
const pool = new pg.Pool();
function getMaxRows() {
  const raw = process.env.POSTGRES_MAX_ROWS;
  if (!raw) return 1000;
  const parsed = BigInt(raw);
  return parsed > 0 ? Math.floor(Number(parsed)) : 1000;
}
export async function runReadWrite(sql) {
  return await withClient(pool, async (client) => {
    const maxRows = getMaxRows();
    const result = await client.query(sql);
    return result.rows.slice(0, maxRows);
  });
}`;

ruleTester.run("no-leaked-client: Number() in a helper before the try", rule, {
  valid: [{ name: "the helper converts with Number: it cannot throw", code: readWrite("Number") }],
  invalid: [
    {
      name: "the helper converts with BigInt, which throws on text that is not an integer",
      code: readWrite("BigInt"),
      errors: [
        {
          messageId: "workBeforeTry",
          data: { pool: "pool", line: 11, tryLine: 12 },
          line: 10,
          column: 24,
          suggestions: [{ messageId: "rewriteWithClient", data: { helper: "withClient" }, output: REWRITTEN_BIGINT }],
        },
      ],
    },
  ],
});
