// no-leaked-client: a client put in an options object handed to a call (`drizzle({ client, schema })`), or given to
// `new` (`new NodePgTransaction(dialect, session)`), is only lent when the function releases it itself after that
// call, outside a catch; the work after it can then throw before that release (corpus: drizzle-team/drizzle-orm's
// driver-init tests and NodePgSession.transaction). Without such a release the object may be the new owner, and a
// release only in a catch is a hand-over's failure path: both stay hand-overs. Building an instance of a class of
// the file whose constructor cannot throw is no throw point (szilu/koa-pg). Each invalid case sits next to its twin.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** NodePgSession.transaction's shape: a session made around the checkout, given to a transaction object. */
const transaction = (beforeTry: string) => `import pg from "pg";
class Session {
  constructor(client) { this.client = client; }
}
class Transaction {
  constructor(session) { this.session = session; }
  execute(sql) { return this.session.client.query(sql); }
}
export async function transaction(pool: pg.Pool, work) {
  const session = new Session(await pool.connect());
  const tx = new Transaction(session);
${beforeTry}  try {
    return await work(tx);
  } finally {
    session.client.release();
  }
}`;

ruleTester.run("no-leaked-client: a client lent to a call or a constructor", rule, {
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
    {
      name: "a hand-over whose failure path releases in a catch stays a hand-over",
      code: `import { Pool } from "pg";
const pool = new Pool();
export async function begin() {
  const client = await pool.connect();
  const tx = new Tx(client);
  try {
    await tx.begin();
  } catch (error) {
    client.release();
    throw error;
  }
  return tx;
}`,
    },
    { name: "the transaction object is lent, and nothing runs before the try", code: transaction("") },
    {
      name: "building a wrapper of the file whose constructor only stores the client is no throw point",
      code: `import { Pool } from "pg";
const pool = new Pool();
class Db {
  constructor(pg) { this.pg = pg; }
}
export async function middleware(ctx, next) {
  const pg = await pool.connect();
  ctx.db = new Db(pg);
  try {
    await next();
  } finally {
    pg.release();
  }
}`,
    },
  ],
  invalid: [
    {
      name: "the transaction object is lent: its BEGIN before the try can throw",
      code: transaction('  await tx.execute("begin");\n'),
      errors: [
        {
          messageId: "workBeforeTry",
          data: { pool: "pool", line: 12, tryLine: 13 },
          line: 10,
          column: 37,
          suggestions: [],
        },
      ],
    },
    {
      name: "a wrapper whose constructor can throw is a throw point before the try",
      code: `import { Pool } from "pg";
const pool = new Pool();
class Db {
  constructor(pg) { this.pg = pg; validate(pg); }
}
export async function middleware(ctx, next) {
  const pg = await pool.connect();
  ctx.db = new Db(pg);
  try {
    await next();
  } finally {
    pg.release();
  }
}`,
      errors: [
        {
          messageId: "workBeforeTry",
          data: { pool: "pool", line: 8, tryLine: 9 },
          line: 7,
          column: 20,
          suggestions: [],
        },
      ],
    },
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
