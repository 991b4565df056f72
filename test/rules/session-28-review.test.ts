// review-i's adversarial review of session 28's new no-leaked-client readings: correct code each reading reported, now
// kept (valid, each failing before its guard), beside the twin the reading must still report (invalid).
// - never-run-releases.ts: a listener of an event pg's Pool never emits is no release only while nothing but the file's
//   own member calls can reach the pool: an alias (`const bus = pool; bus.emit("close")`), the pool handed to a
//   function (`onShutdown(pool)`), `EventEmitter.prototype.emit.call(pool, …)`, a member written on it (`pool.stop =
//   function () { this.emit("close") }`) or the Pool class's prototype patched may all emit the event.
// - rejection-handler-throws.ts: `if (released) throw error;` before the catch's release is a flag the code keeps about
//   its own client (release-flags.ts), trusted as elsewhere.
// - batched-checkouts.ts (a mapped async callback returning its checkout): an element that answers its own failed
//   checkout (`try { const c = await pool.connect(); return c; } catch { return null; }`) never rejects, so no other
//   element's rejection drops the clients it returns.
// - releasing-wrapper-methods.ts (no-use-after-release): once `service.register()` gave the client back in its
//   finally, `service.name` (a plain field) and `service.label(user)` (a method whose `this` only reads plain fields)
//   touch no client; a method that reads the client field, a field the class sets to a non-literal, or a method
//   calling another through `this` still does.
import rule from "../../rules/no-leaked-client.js";
import useAfterRelease from "../../rules/no-use-after-release.js";
import { ruleTester } from "../support/rule-tester.js";

/** tbfidek's start-up check with the release only on the pool's "shutdown"; `after` follows it. */
const shutdown = (after: string) => `import pg from "pg";
import { EventEmitter } from "node:events";
const pool = new pg.Pool();
pool.connect((err, client, release) => {
  if (err) throw err;
  pool.on("shutdown", () => release());
});
${after}
export default pool;`;

/** A `.then` checkout whose fulfilled handler releases and sets `released`; `test` guards the catch's throw. */
const flagged = (test: string) => `import pg from "pg";
const pool = new pg.Pool();
export function load(res) {
  pool.connect().then((client) => {
    let released = false;
    return client
      .query("select 1")
      .then((result) => {
        client.release();
        released = true;
        res.send(result.rows);
      })
      .catch((error) => {
        if (${test}) throw error;
        client.release();
        res.status(500).send(error.message);
      });
  });
}`;

/** Checkouts opened by a mapped async callback whose body is `body`, collected by Promise.all. */
const opened = (body: string) => `import pg from "pg";
const pool = new pg.Pool();
export async function openAll(ids) {
  return Promise.all(ids.map(async (id) => {
${body}
  }));
}`;

const neverReleased = { messageId: "neverReleased" as const, data: { pool: "pool" }, line: 4, column: 1, suggestions: [] };

ruleTester.run("no-leaked-client: session 28's readings under review", rule, {
  valid: [
    { name: "never-run: the pool's alias emits the event", code: shutdown(`const bus = pool;\nprocess.on("SIGTERM", () => bus.emit("shutdown"));`) },
    { name: "never-run: the pool handed to a function, which may emit", code: shutdown(`onShutdown(pool);\nfunction onShutdown(p) {\n  process.on("SIGTERM", () => p.emit("shutdown"));\n}`) },
    {
      name: "never-run: EventEmitter's emit called on the pool",
      code: shutdown(`process.on("SIGTERM", () => EventEmitter.prototype.emit.call(pool, "shutdown"));`),
    },
    {
      name: "never-run: a method written on the pool emits through this",
      code: shutdown(`pool.stop = function () {\n  this.emit("shutdown");\n};\nprocess.on("SIGTERM", () => pool.stop());`),
    },
    {
      name: "never-run: the Pool class's prototype is patched to emit",
      code: shutdown(`pg.Pool.prototype.stop = function () {\n  this.emit("shutdown");\n};\nprocess.on("SIGTERM", () => pool.stop());`),
    },
    { name: "rejection handler: the throw runs only when the flag says the client went back", code: flagged("released") },
    {
      name: "batch: the element answers its failed checkout and never rejects",
      code: opened(`    try {\n      const c = await pool.connect();\n      return c;\n    } catch (error) {\n      return null;\n    }`),
    },
    {
      name: "batch: declared first, checked out in a try that answers, then work in a try that releases",
      code: opened(
        `    let c;\n    try {\n      c = await pool.connect();\n    } catch {\n      return null;\n    }\n    try {\n      await c.query("set application_name = $1", [id]);\n    } catch {\n      c.release();\n      return null;\n    }\n    return c;`,
      ),
    },
  ],
  invalid: [
    {
      name: "never-run: calls and reads of the pool's own members, and its export, emit nothing",
      code: shutdown(`pool.on("error", console.error);\nconsole.log(pool.totalCount);\nexport { pool };`),
      errors: [neverReleased],
    },
    {
      name: "never-run: the pool exported the CommonJS way",
      code: shutdown(`module.exports = { pool };\nexports.pool = pool;\nmodule.exports.db = pool;`),
      errors: [neverReleased],
    },
    {
      name: "never-run: a prototype of another class is no pool's",
      code: shutdown(`EventEmitter.prototype.stop = function () {\n  this.emit("shutdown");\n};`),
      errors: [neverReleased],
    },
    {
      name: "rejection handler: a test that is no flag still throws before the release",
      code: flagged("error.code === '57014'"),
      errors: [{ messageId: "earlyExit", data: { pool: "pool", exit: "throw", line: 14, scope: "the function" }, line: 4, column: 3, suggestions: [] }],
    },
    {
      name: "batch: the catch rethrows, so the element rejects",
      code: opened(`    try {\n      const c = await pool.connect();\n      return c;\n    } catch (error) {\n      throw error;\n    }`),
      errors: [{ messageId: "batchRejectionLeaks", data: { pool: "pool", line: 4 }, line: 6, column: 23, suggestions: [] }],
    },
    {
      name: "batch: work ahead of the try may reject",
      code: opened(`    const name = await lookUp(id);\n    try {\n      const c = await pool.connect();\n      return c;\n    } catch {\n      return null;\n    }`),
      errors: [{ messageId: "batchRejectionLeaks", data: { pool: "pool", line: 4 }, line: 7, column: 23, suggestions: [] }],
    },
  ],
});

/** corpus-t's UserService with more members (`members`); `after` follows the releasing call. */
const service = (members: string, after: string) => `import { Pool, PoolClient } from "pg";
const pool = new Pool();
class UserService {
  name = "users";
  constructor(private client: PoolClient) {}
  async register(email: string) {
    try {
      return await this.client.query("insert into users(email) values ($1) returning *", [email]);
    } finally {
      this.client.release();
    }
  }
${members}
}
export async function handler(email: string) {
  const service = new UserService(await pool.connect());
  const user = await service.register(email);
${after}
}`;

const LABEL = "  label(user: any) { return `${this.name}: ${user.rows[0].email}`; }";
/** The use on `line`, after the releasing call on the line before. */
const used = (line: number) => ({ messageId: "useAfterRelease" as const, data: { client: "service", line: line - 1 }, line, column: 3 });

ruleTester.run("no-use-after-release: a releasing wrapper's members that never reach the client", useAfterRelease, {
  valid: [
    { name: "a plain field read after the release", code: service("", "  console.log(service.name);\n  return user;") },
    { name: "a method whose this only reads plain fields", code: service(LABEL, "  return service.label(user);") },
    { name: "a method with no this at all", code: service("  static x = 1;\n  format(user: any) { return user.rowCount; }", "  return service.format(user);") },
  ],
  invalid: [
    {
      name: "a method that reads the client field",
      code: service("  peek() { return this.client.query('select 1'); }", "  service.peek();\n  return user;"),
      errors: [used(18)],
    },
    {
      name: "a field the class sets to something that is not a literal",
      code: service("  other: any;\n  keep() { this.other = this.client; }", "  service.other.query('select 1');\n  return user;"),
      errors: [used(19)],
    },
    {
      name: "a method calling another through this",
      code: service(`${LABEL}\n  both(user: any) { return this.label(user); }`, "  service.both(user);\n  return user;"),
      errors: [used(19)],
    },
    {
      name: "a field written after the release",
      code: service("", "  service.name = 'x';\n  return user;"),
      errors: [used(18)],
    },
  ],
});
