// no-leaked-client: `conn = this.client instanceof Pool ? await this.client.connect() : this.client`, released under
// the same test (`if (this.client instanceof Pool) conn.release()`) — drizzle-orm's and drizzle-team/waddler's
// node-postgres sessions, given a pool or a client. The test says whether a checkout is held, so the client is
// followed like any checkout; while the tested value can change in between (a field assigned outside the constructor)
// the test says nothing, and the rule stays silent. The checkout may be wrapped in that branch instead
// (`session = this.client instanceof Pool ? new Session(await this.client.connect()) : this`: drizzle-orm's
// neon-serverless and vercel-postgres sessions, with BEGIN moved inside the try by PR #6242 for issue #6241). Each
// invalid case sits next to its valid twin.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** A session method: the checkout on line 5; `body` runs from line 6; `extra` adds class members after it. */
const session = (body: string, extra = "") => `import { Pool } from "pg";
export class Session {
  constructor(client) { this.client = client; }
  async transaction(fn) {
    const conn = this.client instanceof Pool ? await this.client.connect() : this.client;
${body}
  }${extra}
}`;

const BEGIN_INSIDE = `    try {
      await conn.query("BEGIN");
      await fn(conn);
      await conn.query("COMMIT");
    } catch (error) {
      await conn.query("ROLLBACK");
      throw error;
    } finally {
      if (this.client instanceof Pool) conn.release();
    }`;

const BEGIN_BEFORE = `    await conn.query("BEGIN");
    try {
      await fn(conn);
      await conn.query("COMMIT");
    } finally {
      if (this.client instanceof Pool) conn.release();
    }`;

const RELEASED_AT_END = `    await conn.query("BEGIN");
    await fn(conn);
    await conn.query("COMMIT");
    if (!(this.client instanceof Pool)) return;
    conn.release();`;

ruleTester.run("no-leaked-client: a checkout chosen by `instanceof Pool`", rule, {
  valid: [
    { name: "BEGIN inside the try whose finally releases under the same test", code: session(BEGIN_INSIDE) },
    {
      name: "a const tested the same way",
      code: `import { Pool } from "pg";
export async function run(db, fn) {
  const conn = db instanceof Pool ? await db.connect() : db;
  try {
    await fn(conn);
  } finally {
    if (db instanceof Pool) conn.release();
  }
}`,
    },
    {
      name: "the field is assigned outside the constructor: the test proves nothing, nothing is said",
      code: session(BEGIN_BEFORE, "\n  use(client) { this.client = client; }"),
    },
  ],
  invalid: [
    {
      name: "BEGIN awaited before the try",
      code: session(BEGIN_BEFORE),
      errors: [{ messageId: "workBeforeTry", data: { pool: "this.client", line: 6, tryLine: 7 }, line: 5, column: 54, suggestions: [] }],
    },
    {
      name: "released at the end, under the same test, with no finally",
      code: session(RELEASED_AT_END),
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "this.client", line: 6 }, line: 5, column: 54, suggestions: [] }],
    },
  ],
});

/** The wrapped form on line 9: `begin` before or inside the try; `guard` is the finally's test. */
const wrappedSession = (beginInside: boolean, guard = "this.client instanceof Pool") => `import { Pool } from "@neondatabase/serverless";
class Tx {
  constructor(session) { this.session = session; }
  execute(sql) { return this.session.client.query(sql); }
}
export class Session {
  constructor(client) { this.client = client; }
  async transaction(work) {
    const session = this.client instanceof Pool ? new Session(await this.client.connect()) : this;
    const tx = new Tx(session);
    ${beginInside ? 'try {\n      await tx.execute("begin");' : 'await tx.execute("begin");\n    try {'}
      const result = await work(tx);
      await tx.execute("commit");
      return result;
    } catch (error) {
      await tx.execute("rollback");
      throw error;
    } finally {
      if (${guard}) session.client.release();
    }
  }
}`;

ruleTester.run("no-leaked-client: a checkout wrapped in the branch an `instanceof Pool` test chose", rule, {
  valid: [{ name: "drizzle-orm PR #6242: BEGIN inside the try, released under the same test", code: wrappedSession(true) }],
  invalid: [
    {
      name: "drizzle-orm #6241: BEGIN before the try",
      code: wrappedSession(false),
      errors: [{ messageId: "workBeforeTry", data: { pool: "this.client", line: 11, tryLine: 12 }, line: 9, column: 69, suggestions: [] }],
    },
    {
      name: "the release guarded by the opposite test runs only when nothing was checked out",
      code: wrappedSession(true, "!(this.client instanceof Pool)"),
      errors: [{ messageId: "earlyExit", line: 9, column: 69, suggestions: [] }],
    },
  ],
});
