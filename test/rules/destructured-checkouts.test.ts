// A pg pool checkout destructured where it is awaited (src/analysis/lifetime/destructured-checkouts.ts): with no
// `release` the code can call, nothing gives the client back (eslint-plugin-pg's listed "Destructured Client" false
// negative, eslint.interlace.tools). Every other pattern stays unknown, as before.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const pool = `import { Pool } from "pg";\nconst pool = new Pool();\n`;

ruleTester.run("no-leaked-client: a destructured checkout", rule, {
  valid: [
    {
      name: "`release` destructured and called in a finally",
      code: `${pool}export async function q() {\n  const { query, release } = await pool.connect();\n  try {\n    await query("SELECT 1");\n  } finally {\n    release();\n  }\n}\n`,
    },
    {
      name: "a rest element keeps the client's other properties, `release` among them",
      code: `${pool}export async function q() {\n  const { query, ...rest } = await pool.connect();\n  await rest.query("SELECT 1");\n}\n`,
    },
    {
      name: "`release` with a default value: not a plain name",
      code: `${pool}export async function q() {\n  const { query, release = () => {} } = await pool.connect();\n  await query("SELECT 1");\n}\n`,
    },
    {
      name: "a computed key, which may be `release`",
      code: `${pool}const key = "release";\nexport async function q() {\n  const { [key]: give } = await pool.connect();\n  give();\n}\n`,
    },
    {
      name: "a receiver that is a pool only by its name (another library's connect may return anything)",
      code: `export async function q(pool) {\n  const { connection } = await pool.connect();\n  return connection;\n}\n`,
    },
    {
      name: "`release` exported with the pattern: the importers may call it (review-c)",
      code: `${pool}export const { query, release } = await pool.connect();\n`,
    },
  ],
  invalid: [
    {
      name: "`release` destructured and never called (eslint-plugin-pg's docs)",
      code: `${pool}export async function q() {\n  const { query, release } = await pool.connect();\n  await query("SELECT 1");\n}\n`,
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 4, column: 36, suggestions: [] }],
    },
    {
      name: "no `release` in the pattern at all",
      code: `${pool}export async function q() {\n  const { query } = await pool.connect();\n  await query("SELECT 1");\n}\n`,
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 4, column: 27, suggestions: [] }],
    },
    {
      name: "`release` renamed and only assigned, never read",
      code: `${pool}export async function q() {\n  let { release: done } = await pool.connect();\n  done = null;\n}\n`,
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 4, column: 33, suggestions: [] }],
    },
  ],
});
