// A variable initialised by a call of the file's own function whose every return is `new Pool(…)` holds a pg pool,
// whatever its name (corpus: MeiyappanKannappa/next-pg-cache's getPgClient, whose checkout revalidateTag drops).
// Each invalid case sits next to the valid twin that differs by the one thing the analysis looks at.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

ruleTester.run("no-leaked-client: a pool from a factory function of the same file", rule, {
  valid: [
    {
      name: "the factory's checkout released in finally",
      code: `import pg from "pg";
const { Pool } = pg;
export async function getPgClient() {
  if (process.env.SSL) {
    return new Pool({ ssl: true });
  } else {
    return new Pool();
  }
}
export async function revalidate() {
  const c = await getPgClient();
  const client = await c.connect();
  try {
    await client.query("DELETE FROM cache");
  } finally {
    client.release();
  }
}`,
    },
    {
      name: "one return gives something else (a cached value): the call says nothing",
      code: `import pg from "pg";
let cached: unknown;
export async function getPgClient() {
  if (cached) return cached;
  return new pg.Pool();
}
export async function revalidate() {
  const c: any = await getPgClient();
  await c.connect();
}`,
    },
    {
      name: "the factory is reassigned: what it returns is not known",
      code: `import pg from "pg";
let getPgClient = () => new pg.Pool();
export function mock(fake: () => any) {
  getPgClient = fake;
}
export async function revalidate() {
  const c = getPgClient();
  await c.connect();
}`,
    },
    {
      name: "the factory returns pg's Client, one connection, not a pool",
      code: `import pg from "pg";
function getPgClient() {
  return new pg.Client();
}
export async function revalidate() {
  const c = getPgClient();
  await c.connect();
}`,
    },
    {
      name: "only an inner function returns the pool",
      code: `import pg from "pg";
function getPgClient() {
  const make = () => new pg.Pool();
  return make;
}
export async function revalidate() {
  const c: any = getPgClient();
  await c.connect();
}`,
    },
  ],
  invalid: [
    {
      name: "the checkout kept in the function's own variable and never released",
      code: `import pg from "pg";
const { Pool } = pg;
export async function getPgClient() {
  if (process.env.SSL) {
    return new Pool({ ssl: true });
  } else {
    return new Pool();
  }
}
export async function revalidate() {
  let client;
  try {
    const c = await getPgClient();
    client = await c.connect();
    await c.query("DELETE FROM cache");
  } catch (error) {
    console.error(error);
  }
}`,
      errors: [
        {
          messageId: "neverReleased",
          data: { pool: "c" },
          line: 14,
          column: 20,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              output: `import pg from "pg";
import { withClient } from "poolguard/runtime";
const { Pool } = pg;
export async function getPgClient() {
  if (process.env.SSL) {
    return new Pool({ ssl: true });
  } else {
    return new Pool();
  }
}
export async function revalidate() {
  try {
    const c = await getPgClient();
    await withClient(c, async (client) => {
      await c.query("DELETE FROM cache");
    });
  } catch (error) {
    console.error(error);
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: "an arrow factory with an expression body, its checkout dropped",
      code: `import pg from "pg";
const makePool = () => new pg.Pool();
export async function check() {
  const db = makePool();
  await db.connect();
  await db.end();
}`,
      errors: [{ messageId: "neverReleased", data: { pool: "db" }, line: 5, column: 9, suggestions: [] }],
    },
  ],
});
