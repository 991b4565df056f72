// A dropped checkout (`await pool.connect();`, its client read by nobody) is not leaked when every path after it runs
// into a `finally` that calls `process.exit()`: the checkout sits in the try's block or catch, or is the statement
// right before the try, and the finally exits at its top level after nothing but logging (exiting-finally.ts; corpus:
// prijindal's betro-server migration script). Each invalid case is the valid twin with the one thing changed.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

ruleTester.run("no-leaked-client: a dropped checkout before a finally that exits", rule, {
  valid: [
    {
      name: "the checkout right before a try whose finally exits",
      code: `import { Pool } from "pg";
const pool = new Pool();
export async function runMigration(migrate: () => Promise<void>) {
  await pool.connect();
  try {
    await migrate();
  } catch (e) {
    console.error(e);
  } finally {
    process.exit();
  }
}`,
    },
    {
      name: "the checkout inside the try, the exit after a log line",
      code: `import { Pool } from "pg";
const pool = new Pool();
export async function runMigration(migrate: () => Promise<void>) {
  try {
    await pool.connect();
    await migrate();
  } finally {
    console.log("done");
    process.exit(0);
  }
}`,
    },
    {
      name: "the checkout in the catch, which the finally follows too",
      code: `import { Pool } from "pg";
const pool = new Pool();
export async function runMigration(migrate: () => Promise<void>) {
  try {
    await migrate();
  } catch (e) {
    await pool.connect();
    throw e;
  } finally {
    process.exit(1);
  }
}`,
    },
  ],
  invalid: [
    {
      name: "work between the checkout and the try may throw past the finally",
      code: `import { Pool } from "pg";
const pool = new Pool();
export async function runMigration(load: () => Promise<void>, migrate: () => Promise<void>) {
  await pool.connect();
  await load();
  try {
    await migrate();
  } finally {
    process.exit();
  }
}`,
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 4, column: 9, suggestions: [] }],
    },
    {
      name: "the finally exits only under a condition",
      code: `import { Pool } from "pg";
const pool = new Pool();
export async function runMigration(migrate: () => Promise<void>, once: boolean) {
  await pool.connect();
  try {
    await migrate();
  } finally {
    if (once) process.exit();
  }
}`,
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 4, column: 9, suggestions: [] }],
    },
    {
      name: "the finally awaits the pool's end before exiting, which may throw",
      code: `import { Pool } from "pg";
const pool = new Pool();
export async function runMigration(migrate: () => Promise<void>) {
  try {
    await pool.connect();
    await migrate();
  } finally {
    await pool.end();
    process.exit(0);
  }
}`,
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 5, column: 11, suggestions: [] }],
    },
    {
      name: "a parameter named process is not Node's: its exit returns",
      code: `import { Pool } from "pg";
const pool = new Pool();
export async function runMigration(migrate: () => Promise<void>, process: { exit(): void }) {
  await pool.connect();
  try {
    await migrate();
  } finally {
    process.exit();
  }
}`,
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 4, column: 9, suggestions: [] }],
    },
    {
      name: "the checkout in a callback inside the try: its path is the callback's, not the try's",
      code: `import { Pool } from "pg";
const pool = new Pool();
export async function runMigration(migrate: (after: () => Promise<void>) => Promise<void>) {
  try {
    await migrate(async () => {
      await pool.connect();
    });
  } finally {
    process.exit();
  }
}`,
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 6, column: 13, suggestions: [] }],
    },
  ],
});
