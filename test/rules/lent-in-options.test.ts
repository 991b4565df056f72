// no-leaked-client: a client put in an options object handed to a call (`drizzle({ client, schema })`) is only lent
// when the function releases it itself after the call; the call and the work after it can then throw before that
// release (corpus: drizzle-team/drizzle-orm's driver-init tests). Without a release of its own, the object may be
// the new owner and it stays a hand-over. Each invalid case sits next to its valid twin.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

ruleTester.run("no-leaked-client: a client lent in an options object", rule, {
  valid: [
    {
      name: "the options object owns the client: the function never releases it",
      code: `import { Pool } from "pg";
const pool = new Pool();
export async function open() {
  const client = await pool.connect();
  const db = drizzle({ client, schema });
  await db.execute("SELECT 1");
  return db;
}`,
    },
    {
      name: "lent, and released in a finally",
      code: `import { Pool } from "pg";
const pool = new Pool();
export async function check() {
  const client = await pool.connect();
  try {
    const db = drizzle({ client, schema });
    await db.execute("SELECT 1");
  } finally {
    client.release();
  }
}`,
    },
    {
      name: "the object is built for a constructor, which owns it",
      code: `import { Pool } from "pg";
const pool = new Pool();
export async function open() {
  const client = await pool.connect();
  const session = new Session({ client });
  await session.start();
  return session;
}`,
    },
  ],
  invalid: [
    {
      name: "lent to drizzle, then released on the straight path only",
      code: `import { Pool } from "pg";
const pool = new Pool();
export async function check() {
  const client = await pool.connect();
  const db = drizzle({ client, schema });
  await db.execute("SELECT 1");
  client.release();
}`,
      errors: [
        {
          messageId: "notReleasedOnThrow",
          data: { pool: "pool", line: 5 },
          line: 4,
          column: 24,
          // The rewrite planner still sees the client stored in an object, and offers no rewrite: it refuses rather
          // than guess whether drizzle keeps the client past the callback.
          suggestions: [],
        },
      ],
    },
  ],
});
