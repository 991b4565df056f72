// A helper of a local module that hands out a checkout or nothing: `acquireRunLock()` returns the client holding an
// advisory lock, or `null` when another run holds it (VitaliiHordiichuk/autohub). Returning `null`/`undefined` gives
// the caller nothing to release, so the helper is still a checkout helper and its caller, past `if (!lock) return`,
// owns the client. A helper that may return anything else (a status string) is not one, and stays unjudged.
import path from "node:path";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";
import { scratchModules } from "../support/scratch-modules.js";

const { root, write } = scratchModules("poolguard-nullable-checkout-helpers-");

write("pool.ts", `import { Pool } from "pg";\nexport const pool = new Pool();\n`);
write(
  "null/lock.ts",
  `import { pool } from "../pool";\nexport async function acquireLock() {\n  const client = await pool.connect();\n  try {\n    const { rows } = await client.query("SELECT pg_try_advisory_lock(42) AS locked");\n    if (!rows[0].locked) {\n      client.release();\n      return null;\n    }\n    return client;\n  } catch (error) {\n    client.release();\n    throw error;\n  }\n}\n`,
);
write(
  "undefined/lock.ts",
  `import { pool } from "../pool";\nexport async function acquireLock() {\n  if (process.env.NO_LOCK) return undefined;\n  return pool.connect();\n}\n`,
);
write(
  "status/lock.ts",
  `import { pool } from "../pool";\nexport async function acquireLock() {\n  if (process.env.NO_LOCK) return "busy";\n  return pool.connect();\n}\n`,
);

const at = (dir: string) => path.join(root, dir, "entry.ts");
const run = (body: string) => `import { acquireLock } from "./lock";\nexport async function runJob() {\n  const lock = await acquireLock();\n  if (!lock) return "skipped";\n${body}}\n`;
const RELEASED = run(`  try {\n    await lock.query("UPDATE jobs SET ran_at = now()");\n    return "done";\n  } finally {\n    lock.release();\n  }\n`);
const UNGUARDED = run(`  await lock.query("UPDATE jobs SET ran_at = now()");\n  lock.release();\n  return "done";\n`);

ruleTester.run("no-leaked-client: a local module's helper that returns a checkout or null", rule, {
  valid: [
    { name: "checkout or null: released in a finally past the null test", code: RELEASED, filename: at("null") },
    { name: "checkout or undefined: released in a finally past the test", code: RELEASED, filename: at("undefined") },
    { name: "a helper that may return a status string is not a checkout helper", code: UNGUARDED, filename: at("status") },
  ],
  invalid: [
    { name: "checkout or null: released only after a query that may throw", code: UNGUARDED, filename: at("null"), errors: [{ messageId: "helperNotReleasedOnThrow", data: { checkout: "acquireLock()", line: 5 }, line: 3, column: 22, suggestions: [] }] },
    { name: "checkout or undefined: released only after a query that may throw", code: UNGUARDED, filename: at("undefined"), errors: [{ messageId: "helperNotReleasedOnThrow", data: { checkout: "acquireLock()", line: 5 }, line: 3, column: 22, suggestions: [] }] },
  ],
});
