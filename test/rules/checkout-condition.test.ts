// `const session = isPool ? new Session(await pool.connect()) : this`, released under `if (isPool)`: the constant
// that chose the checkout says, wherever it is tested, whether a checkout is held (drizzle-orm's NodePgSession
// .transaction and the BEGIN-inside-try rewrite proposed in its PR #6032).
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const SESSION = `class Session {\n  constructor(client) {\n    this.client = client;\n  }\n  execute(sql) {\n    return this.client.query(sql);\n  }\n}\n`;

/** A transaction method; `begin` is the statement(s) before the try, `guard` the finally's test. */
function transaction(opts: { declare?: string; choose?: string; begin?: string; inTry?: string; guard?: string }): string {
  const declare = opts.declare ?? "const isPool = this.client instanceof Pool;";
  const choose = opts.choose ?? "isPool ? new Session(await pool.connect()) : this";
  return (
    `${SESSION}class PgSession extends Session {\n  async transaction(pool, work) {\n    ${declare}\n` +
    `    const session = ${choose};\n${opts.begin ?? ""}    try {\n${opts.inTry ?? ""}` +
    `      const result = await work(session);\n      await session.execute("commit");\n      return result;\n` +
    `    } finally {\n      if (${opts.guard ?? "isPool"}) session.client.release();\n    }\n  }\n}`
  );
}

const BEGIN_IN_TRY = `      await session.execute("begin");\n`;
const BEGIN_BEFORE_TRY = `    await session.execute("begin");\n`;

ruleTester.run("no-leaked-client: a checkout chosen by a constant and released under the same constant", rule, {
  valid: [
    {
      name: "begin inside the try; the finally releases when the constant that chose the checkout is true",
      code: transaction({ inTry: BEGIN_IN_TRY }),
    },
    {
      name: "the checkout in the else branch of a negated test",
      code: transaction({ inTry: BEGIN_IN_TRY, choose: "!isPool ? this : new Session(await pool.connect())" }),
    },
    {
      name: "the release guarded by the negation of a negated constant",
      code: transaction({ inTry: BEGIN_IN_TRY, declare: "const shared = !(this.client instanceof Pool);", choose: "shared ? this : new Session(await pool.connect())", guard: "!shared" }),
    },
  ],
  invalid: [
    {
      name: "begin before the try whose finally releases (drizzle-orm's NodePgSession.transaction)",
      code: transaction({ begin: BEGIN_BEFORE_TRY }),
      errors: [{ messageId: "workBeforeTry", data: { pool: "pool", line: 13, tryLine: 14 }, line: 12, column: 48, suggestions: [] }],
    },
    {
      name: "a `let` may change between the checkout and the release: its test proves nothing",
      code: transaction({ inTry: BEGIN_IN_TRY, declare: "let isPool = this.client instanceof Pool;" }),
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 14 }, line: 12, column: 48, suggestions: [] }],
    },
    {
      name: "the release guarded by the opposite test runs only when nothing was checked out",
      code: transaction({ inTry: BEGIN_IN_TRY, guard: "!isPool" }),
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 14 }, line: 12, column: 48, suggestions: [] }],
    },
  ],
});
