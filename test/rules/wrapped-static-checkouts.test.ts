// A class's static method that resolves a checkout through a wrapper's callback (`await retry(async () => { const
// connection = await pool.connect(); return connection; })`), called on the class's name and released by the caller
// (thenativeweb/wolkenkit's stores, wrapped-static-checkouts.ts). What the wrapper resolves with is not read: the
// caller's own release says it owns the client. Each invalid case sits next to the valid twin it differs from.
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const CALLBACK = "async () => {\n      const connection = await pool.connect();\n      return connection;\n    }";

/** The store: `getDatabase` wraps `callback` with `wrap`; `acquire`'s body (line 14 on) uses `connection`. */
const store = (body: string, opts: { callback?: string; wrap?: (callback: string) => string } = {}) =>
  `class LockStore {
  static async getDatabase(pool) {
    const database = await ${(opts.wrap ?? ((callback: string) => `retry(${callback})`))(opts.callback ?? CALLBACK)};
    return database;
  }
  constructor(pool) {
    this.pool = pool;
  }
  async acquire(value) {
    const connection = await LockStore.getDatabase(this.pool);
${body}  }
}`;

const HASH_IN_TRY = `    try {\n      const hash = getHash(value);\n      await connection.query("INSERT INTO locks VALUES ($1)", [hash]);\n    } finally {\n      connection.release();\n    }\n`;
const HASH_BEFORE_TRY = `    const hash = getHash(value);\n    try {\n      await connection.query("INSERT INTO locks VALUES ($1)", [hash]);\n    } finally {\n      connection.release();\n    }\n`;
const SUCCESS_ONLY = `    await connection.query("INSERT INTO locks VALUES ($1)", [value]);\n    connection.release();\n`;
const NEVER_RELEASED = `    await connection.query("INSERT INTO locks VALUES ($1)", [value]);\n`;

ruleTester.run("no-leaked-client: a static method resolving a checkout through a wrapper's callback", rule, {
  valid: [
    { name: "all the work inside the try whose finally releases", code: store(HASH_IN_TRY) },
    { name: "the caller never releases the result: what the wrapper resolves with is not known, not followed", code: store(NEVER_RELEASED) },
    {
      name: "the callback gives back something other than the checkout: not followed",
      code: store(SUCCESS_ONLY, { callback: "async () => {\n      const connection = await pool.connect();\n      return { connection };\n    }" }),
    },
    { name: "the wrapper is given more than the callback: not followed", code: store(SUCCESS_ONLY, { wrap: (callback) => `retry(${callback}, { retries: 3 })` }) },
  ],
  invalid: [
    {
      name: "work between the checkout and the try whose finally releases (wolkenkit's acquireLock)",
      code: store(HASH_BEFORE_TRY),
      errors: [
        {
          messageId: "helperWorkBeforeTry",
          data: { checkout: "LockStore.getDatabase(this.pool)", line: 14, tryLine: 15 },
          line: 13,
          column: 30,
          suggestions: [],
        },
      ],
    },
    {
      name: "released after the query only: its failure skips the release",
      code: store(SUCCESS_ONLY),
      errors: [{ messageId: "helperNotReleasedOnThrow", data: { checkout: "LockStore.getDatabase(this.pool)", line: 14 }, line: 13, column: 30, suggestions: [] }],
    },
  ],
});
