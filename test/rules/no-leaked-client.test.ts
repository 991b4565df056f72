// no-leaked-client: a client from pool.connect() must be released (or handed over) on every path, exceptions
// included. Each invalid case sits next to the valid twin that differs by the one thing the rule looks at.
// A leak at a `const c = await P.connect();` statement also offers the rewrite of its block to withClient; every
// suggestion output below is asserted whole, and the describe at the end checks that each one parses.
import { parse } from "@typescript-eslint/parser";
import { describe, expect, it } from "vitest";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const IMPORT = 'import { withClient } from "poolguard/runtime";\n';
const outputs: string[] = [];

function withClientRewrite(output: string) {
  outputs.push(output);
  return [{ messageId: "rewriteWithClient" as const, data: { helper: "withClient" }, output }];
}

ruleTester.run("no-leaked-client", rule, {
  valid: [
    {
      name: "the canonical try/finally",
      code: `async function load(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
}`,
    },
    {
      name: "let declared before try, acquired inside, optional release in finally",
      code: `async function load(pool) {
  let client;
  try {
    client = await pool.connect();
    await client.query("SELECT 1");
  } finally {
    client?.release();
  }
}`,
    },
    {
      name: "if (client) guard around the release in finally",
      code: `async function load(pool) {
  let client;
  try {
    client = await pool.connect();
    await client.query("SELECT 1");
  } finally {
    if (client) client.release();
  }
}`,
    },
    {
      name: "let form with a rollback in the catch and a block guard around the release (answered from its shape)",
      code: `async function move(pool, from) {
  let client = null;
  try {
    client = await pool.connect();
    await client.query("BEGIN");
    await client.query("UPDATE accounts SET balance = balance - 1 WHERE id = $1", [from]);
    await client.query("COMMIT");
  } catch (error) {
    await client?.query("ROLLBACK");
    throw error;
  } finally {
    if (client) {
      client.release();
    }
  }
}`,
    },
    {
      name: "release in a catch-all that rethrows, plus after the try",
      code: `async function load(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } catch (error) {
    client.release();
    throw error;
  }
  client.release();
}`,
    },
    {
      name: "release(err) in finally",
      code: `async function load(pool) {
  const client = await pool.connect();
  let failure;
  try {
    await client.query("SELECT 1");
  } catch (error) {
    failure = error;
    throw error;
  } finally {
    client.release(failure);
  }
}`,
    },
    {
      name: "a transaction on one client",
      code: `async function transfer(pool) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("UPDATE accounts SET balance = balance - 1");
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}`,
    },
    {
      name: "an early return inside the try is covered by finally",
      code: `async function load(pool, id) {
  const client = await pool.connect();
  try {
    if (!id) return null;
    return await client.query("SELECT 1");
  } finally {
    client.release();
  }
}`,
    },
    {
      name: "logging between connect() and the try does not count as work",
      code: `async function load(pool, logger) {
  const client = await pool.connect();
  logger.info("connected");
  console.debug("connected");
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
}`,
    },
    {
      name: "released on both branches",
      code: `async function load(pool, ok) {
  const client = await pool.connect();
  if (ok) {
    client.release();
  } else {
    client.release(new Error("not ok"));
  }
}`,
    },
    {
      name: "a client returned to the caller",
      code: `async function checkout(pool) {
  const client = await pool.connect();
  return client;
}`,
    },
    {
      name: "the long-lived LISTEN client stored in a field before any work",
      code: `class OutboxDispatcher {
  async start() {
    const client = await this.listenPool.connect();
    this.client = client;
    client.on("notification", (message) => this.handle(message));
    await client.query("LISTEN outbox");
  }
}`,
    },
    {
      name: "work that throws before the hand-over is released by a catch that rethrows",
      code: `async function begin(pool) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
  } catch (error) {
    client.release();
    throw error;
  }
  return client;
}`,
    },
    {
      name: "resolving a promise executor's resolve (any name) hands the client over",
      code: `function getClient(pool) {
  return new Promise((res, rej) => {
    pool.connect((err, client, done) => {
      if (err) return rej(err);
      res(client);
    });
  });
}`,
    },
    {
      name: "a method of the same class that stores the client is a hand-over",
      code: `class Connections {
  pushConnection(id, conn) {
    this.connections.set(id, conn);
  }
  async open(id) {
    const conn = await this.pool.connect();
    this.pushConnection(id, conn);
  }
}`,
    },
    {
      name: "a function of the same file that stores the client in an array is a hand-over",
      code: `const held = [];
function keep(client) {
  held.push(client);
}
async function open(pool) {
  const client = await pool.connect();
  keep(client);
}`,
    },
    {
      name: "registering a timer is no throw point before the finally",
      code: `async function watch(pool) {
  const client = await pool.connect();
  const timer = setTimeout(() => console.warn("slow"), 5000);
  try {
    await client.query("SELECT 1");
  } finally {
    clearTimeout(timer);
    client.release();
  }
}`,
    },
    {
      name: "acquired straight into a field",
      code: `class OutboxDispatcher {
  async start() {
    this.client = await this.listenPool.connect();
    await this.client.query("LISTEN outbox");
  }
}`,
    },
    {
      name: "a client kept in a collection",
      code: `async function reserve(pool, held) {
  const client = await pool.connect();
  held.push(client);
}`,
    },
    {
      name: "a client handed to a constructor",
      code: `async function session(pool) {
  const client = await pool.connect();
  return new Session(client);
}`,
    },
    {
      name: "an awaited helper that takes the client inside try/finally",
      code: `async function load(pool) {
  const client = await pool.connect();
  try {
    await loadOrders(client);
  } finally {
    client.release();
  }
}`,
    },
    {
      name: "a helper of this file that releases its parameter on every path",
      code: `async function finish(client) {
  try {
    await client.query("COMMIT");
  } finally {
    client.release();
  }
}
async function load(pool) {
  const client = await pool.connect();
  await finish(client);
}`,
    },
    { name: "redis.connect() is not a pool", code: `async function f(redis) { const client = await redis.connect(); await client.get("k"); }` },
    { name: "amqp.connect() is not a pool", code: `async function f(amqp) { const conn = await amqp.connect("amqp://x"); await conn.createChannel(); }` },
    { name: "MongoClient.connect() is not a pool", code: `async function f() { const mongo = await MongoClient.connect(url); await mongo.db().stats(); }` },
    {
      name: "a shadowing inner variable does not confuse the release",
      code: `async function load(pool) {
  const client = await pool.connect();
  try {
    {
      const client = createHttpClient();
      client.close();
    }
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
}`,
    },
    {
      name: "node-style callback that calls done on every path",
      code: `function load(pool, callback) {
  pool.connect((err, client, done) => {
    if (err) return callback(err);
    client.query("SELECT 1", (err, result) => {
      done();
      if (err) return callback(err);
      callback(null, result);
    });
  });
}`,
    },
    {
      name: "node-style callback whose release parameter has another name",
      code: `function load(pool) {
  pool.connect(function (error, client, release) {
    if (error) throw error;
    release();
  });
}`,
    },
    {
      name: "promise chain released in .finally",
      code: `function load(pool) {
  return pool.connect().then((client) => client.query("SELECT 1").finally(() => client.release()));
}`,
    },
    {
      name: "promise chain released on both outcomes",
      code: `function load(pool) {
  return pool.connect().then((client) =>
    client.query("SELECT 1").then(
      (result) => { client.release(); return result; },
      (error) => { client.release(error); throw error; },
    ),
  );
}`,
    },
    {
      name: "per-iteration acquisition with continue inside try/finally",
      code: `async function run(pool, jobs) {
  for (const job of jobs) {
    const client = await pool.connect();
    try {
      if (!job) continue;
      await client.query(job);
    } finally {
      client.release();
    }
  }
}`,
    },
    {
      name: "labeled continue inside try/finally",
      code: `async function run(pool, batches) {
  outer: for (const batch of batches) {
    const client = await pool.connect();
    try {
      for (const job of batch) {
        if (!job) continue outer;
        await client.query(job);
      }
    } finally {
      client.release();
    }
  }
}`,
    },
    {
      name: "switch with break inside try/finally",
      code: `async function run(pool, kind) {
  const client = await pool.connect();
  try {
    switch (kind) {
      case "a":
        await client.query("A");
        break;
      default:
        await client.query("B");
    }
  } finally {
    client.release();
  }
}`,
    },
    {
      name: "top-level await script",
      code: `const client = await pool.connect();
try {
  await client.query("SELECT 1");
} finally {
  client.release();
}`,
    },
    {
      name: "class method on this.pool",
      code: `class Repo {
  async find(id) {
    const client = await this.pool.connect();
    try {
      return await client.query("SELECT 1", [id]);
    } finally {
      client.release();
    }
  }
}`,
    },
    {
      name: "generator that holds the client across yields",
      code: `async function* rows(pool) {
  const client = await pool.connect();
  try {
    yield await client.query("SELECT 1");
  } finally {
    client.release();
  }
}`,
    },
    { name: "destructured client: not understood, so silent", code: `async function f(pool) { const { query } = await pool.connect(); await query("x"); }` },
    { name: "clients collected in an array", code: `async function f(pool) { const clients = [await pool.connect(), await pool.connect()]; return clients; }` },
    { name: "await using: silent", code: `async function f(pool) { await using client = await pool.connect(); await client.query("x"); }` },
    { name: "pool.query is not an acquisition", code: `async function f(pool) { await pool.query("SELECT 1"); }` },
    { name: "a promise of a client returned unawaited", code: `function checkout(pool) { return pool.connect(); }` },
    {
      name: "release deferred to a response event",
      code: `async function stream(pool, res) {
  const client = await pool.connect();
  res.on("close", () => client.release());
  client.query("SELECT 1").pipe(res);
}`,
    },
    {
      name: "negated guard returns before the client is used",
      code: `async function load(pool) {
  let client;
  try {
    client = await pool.connect();
    if (!client) return;
    await client.query("SELECT 1");
  } finally {
    client?.release();
  }
}`,
    },
    {
      name: "optional call of connect with try/finally",
      code: `async function load(pool) {
  const client = await pool.connect?.();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
}`,
    },
    {
      name: "TS wrappers around the release",
      code: `async function load(pool: any) {
  const client = await (pool as Pool).connect();
  try {
    await client!.query("SELECT 1");
  } finally {
    (client as PoolClient).release();
  }
}`,
    },
    {
      name: "callback error check that also tests the client",
      code: `function load(pool, callback) {
  pool.connect((err, client, done) => {
    if (err || !client) return callback(err);
    done();
  });
}`,
    },
    {
      name: "typeof guard around the release in finally",
      code: `async function load(pool) {
  let client;
  try {
    client = await pool.connect();
    await client.query("SELECT 1");
  } finally {
    if (typeof client !== "undefined") client.release();
  }
}`,
    },
    {
      name: "await of the release itself",
      code: `async function load(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    await client.release();
  }
}`,
    },
    {
      name: "client.release handed to an event as the release",
      code: `async function stream(pool, res) {
  const client = await pool.connect();
  res.on("close", client.release.bind(client));
  client.query("SELECT 1").pipe(res);
}`,
    },
    {
      name: "weird shapes do not crash: labels, switch, nested functions, class fields, static blocks",
      code: `class Weird {
  field = this.pool.connect();
  static {
    const value = 1;
  }
  async method() {
    label: {
      const client = await this.pool.connect();
      try {
        switch (client.processID) {
          case 1:
            break label;
        }
        const inner = () => client.query("SELECT 1");
        await inner();
      } finally {
        client.release();
      }
    }
  }
}`,
    },
    {
      name: "an optional call of release in finally",
      code: `async function load(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    client.release?.();
  }
}`,
    },
    {
      name: "a boolean flag records the release, finally releases when it is unset",
      code: `async function load(pool) {
  const client = await pool.connect();
  let released = false;
  try {
    await client.query("SELECT 1");
    client.release();
    released = true;
  } finally {
    if (!released) client.release();
  }
}`,
    },
    {
      name: "an awaited promise whose rejection is handled with .catch does not throw",
      code: `async function load(pool) {
  const client = await pool.connect();
  const result = await client.query("SELECT 1").catch(() => null);
  client.release();
  return result;
}`,
    },
    { name: "callback reading its arguments through a rest parameter: silent", code: `pool.connect((...args) => { args[2](); });` },
    { name: "callback destructuring the client: silent", code: `pool.connect((err, { query }, done) => { done(); });` },
  ],
  invalid: [
    {
      // The valid let form's twin: work before the release in the finally is not the shape it is answered from.
      name: "let form whose finally awaits other work before the release",
      code: `async function load(pool, audit) {
  let client;
  try {
    client = await pool.connect();
    await client.query("SELECT 1");
  } finally {
    await audit();
    client?.release();
  }
}`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 7 }, line: 4, column: 20, suggestions: [] }],
    },
    {
      name: "the long-lived LISTEN client is stored only after work that can throw: no rewrite",
      code: `class OutboxDispatcher {
  async start() {
    const client = await this.listenPool.connect();
    client.on("notification", (message) => this.handle(message));
    await client.query("LISTEN outbox");
    this.client = client;
  }
}`,
      errors: [{ messageId: "notHandedOverOnThrow", data: { pool: "this.listenPool", line: 5 }, line: 3, column: 26, suggestions: [] }],
    },
    {
      name: "BEGIN awaited before the client is returned: lost when BEGIN throws",
      code: `async function begin(pool) {
  const client = await pool.connect();
  await client.query("BEGIN");
  return client;
}`,
      errors: [{ messageId: "notHandedOverOnThrow", data: { pool: "pool", line: 3 }, line: 2, column: 24, suggestions: [] }],
    },
    {
      name: "a helper that neither releases nor stores its parameter is no hand-over",
      code: `function inspect(client) {
  console.log(client.processID);
}
async function open(pool) {
  const client = await pool.connect();
  inspect(client);
  await client.query("SELECT 1");
}`,
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 5, column: 24, suggestions: withClientRewrite(`${IMPORT}function inspect(client) {
  console.log(client.processID);
}
async function open(pool) {
  await withClient(pool, async (client) => {
    inspect(client);
    await client.query("SELECT 1");
  });
}`) }],
    },
    {
      // typescript-estree types names inside JSX braces as JSXIdentifier tokens: the acquisition is still found.
      name: "never released, inside a JSX attribute of a .tsx file",
      filename: "page.tsx",
      code: `import { Pool } from "pg";
const pool = new Pool();
export const Page = () => <List load={async () => {
  const client = await pool.connect();
  await client.query("SELECT 1");
}} />;`,
      errors: [
        {
          messageId: "neverReleased",
          line: 4,
          column: 24,
          endLine: 4,
          endColumn: 38,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              output: `import { Pool } from "pg";
import { withClient } from "poolguard/runtime";
const pool = new Pool();
export const Page = () => <List load={async () => {
  await withClient(pool, async (client) => {
    await client.query("SELECT 1");
  });
}} />;`,
            },
          ],
        },
      ],
    },
    {
      name: "seed pattern 1: release in try, catch rethrows",
      code: `async function load(pool) {
  const client = await pool.connect();
  try {
    await doWork(client);
    client.release();
  } catch (err) {
    throw err;
  }
}`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 4 }, line: 2, column: 24, suggestions: withClientRewrite(`${IMPORT}async function load(pool) {
  await withClient(pool, async (client) => {
    try {
      await doWork(client);
    } catch (err) {
      throw err;
    }
  });
}`) }],
    },
    {
      name: "seed pattern 2: early return before the release",
      code: `async function load(pool, condition) {
  const client = await pool.connect();
  if (condition) return;
  client.release();
}`,
      errors: [{ messageId: "earlyExit", data: { pool: "pool", exit: "return", line: 3, scope: "the function" }, line: 2, column: 24, suggestions: withClientRewrite(`${IMPORT}async function load(pool, condition) {
  return await withClient(pool, async (client) => {
    if (condition) return;
  });
}`) }],
    },
    {
      // Still reported, but no withClient suggestion: it would give the client back inside the failed transaction.
      name: "BEGIN … COMMIT with nothing that rolls back: reported, no suggestion",
      code: `async function save(pool, name) {
  const client = await pool.connect();
  await client.query("BEGIN");
  await client.query("INSERT INTO t (name) VALUES ($1)", [name]);
  await client.query("COMMIT");
  client.release();
}`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 3 }, line: 2, column: 24, suggestions: [] }],
    },
    {
      name: "never released",
      code: `async function load(pool) {
  const client = await pool.connect();
  await client.query("SELECT 1");
}`,
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 2, column: 24, suggestions: withClientRewrite(`${IMPORT}async function load(pool) {
  await withClient(pool, async (client) => {
    await client.query("SELECT 1");
  });
}`) }],
    },
    {
      name: "result of connect() discarded",
      code: `async function warmUp(pool) {
  await pool.connect();
}`,
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 2, column: 9, suggestions: [] }],
    },
    {
      name: "released after the work, not in finally",
      code: `async function load(pool) {
  const client = await pool.connect();
  await client.query("SELECT 1");
  client.release();
}`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 3 }, line: 2, column: 24, suggestions: withClientRewrite(`${IMPORT}async function load(pool) {
  await withClient(pool, async (client) => {
    await client.query("SELECT 1");
  });
}`) }],
    },
    {
      name: "awaited work between connect() and the try",
      code: `async function load(pool) {
  const client = await pool.connect();
  await client.query("SET search_path TO app");
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
}`,
      errors: [{ messageId: "workBeforeTry", data: { pool: "pool", line: 3, tryLine: 4 }, line: 2, column: 24, suggestions: withClientRewrite(`${IMPORT}async function load(pool) {
  await withClient(pool, async (client) => {
    await client.query("SET search_path TO app");
    await client.query("SELECT 1");
  });
}`) }],
    },
    {
      name: "a plain (non-logging) call between connect() and the try",
      code: `async function load(pool, input) {
  const client = await pool.connect();
  validate(input);
  try {
    await client.query("SELECT 1");
  } finally {
    client.release();
  }
}`,
      errors: [{ messageId: "workBeforeTry", data: { pool: "pool", line: 3, tryLine: 4 }, line: 2, column: 24, suggestions: withClientRewrite(`${IMPORT}async function load(pool, input) {
  await withClient(pool, async (client) => {
    validate(input);
    await client.query("SELECT 1");
  });
}`) }],
    },
    {
      name: "a released in only one branch",
      code: `async function load(pool, ok) {
  const client = await pool.connect();
  if (ok) {
    client.release();
  }
}`,
      errors: [{ messageId: "notReleasedOnAllPaths", data: { pool: "pool", line: 6 }, line: 2, column: 24, suggestions: [] }],
    },
    {
      name: "continue before the release in a loop that acquires per iteration",
      code: `async function run(pool, jobs) {
  for (const job of jobs) {
    const client = await pool.connect();
    if (!job) continue;
    try {
      await client.query(job);
    } finally {
      client.release();
    }
  }
}`,
      errors: [{ messageId: "earlyExit", data: { pool: "pool", exit: "continue", line: 4, scope: "the loop iteration" }, line: 3, column: 26, suggestions: [] }],
    },
    {
      name: "break before the release in a loop that acquires per iteration",
      code: `async function run(pool, jobs) {
  for (const job of jobs) {
    const client = await pool.connect();
    if (!job) break;
    try {
      await client.query(job);
    } finally {
      client.release();
    }
  }
}`,
      errors: [{ messageId: "earlyExit", data: { pool: "pool", exit: "break", line: 4, scope: "the loop" }, line: 3, column: 26, suggestions: [] }],
    },
    {
      name: "labeled continue outside the try",
      code: `async function run(pool, batches) {
  outer: for (const batch of batches) {
    const client = await pool.connect();
    for (const job of batch) {
      if (!job) continue outer;
    }
    client.release();
  }
}`,
      errors: [{ messageId: "earlyExit", data: { pool: "pool", exit: "continue", line: 5, scope: "the loop iteration" }, line: 3, column: 26, suggestions: [] }],
    },
    {
      name: "throw before the release",
      code: `async function load(pool, id) {
  const client = await pool.connect();
  if (!id) throw new Error("id required");
  try {
    await client.query("SELECT 1", [id]);
  } finally {
    client.release();
  }
}`,
      errors: [{ messageId: "earlyExit", data: { pool: "pool", exit: "throw", line: 3, scope: "the function" }, line: 2, column: 24, suggestions: withClientRewrite(`${IMPORT}async function load(pool, id) {
  await withClient(pool, async (client) => {
    if (!id) throw new Error("id required");
    await client.query("SELECT 1", [id]);
  });
}`) }],
    },
    {
      name: "return from a switch case before the release",
      code: `async function run(pool, kind) {
  const client = await pool.connect();
  switch (kind) {
    case "skip":
      return;
    default:
      break;
  }
  client.release();
}`,
      errors: [{ messageId: "earlyExit", data: { pool: "pool", exit: "return", line: 5, scope: "the function" }, line: 2, column: 24, suggestions: withClientRewrite(`${IMPORT}async function run(pool, kind) {
  return await withClient(pool, async (client) => {
    switch (kind) {
      case "skip":
        return;
      default:
        break;
    }
  });
}`) }],
    },
    {
      name: "return inside a try that only has a catch",
      code: `async function load(pool, id) {
  const client = await pool.connect();
  try {
    if (!id) return null;
    client.release();
  } catch (error) {
    client.release();
    throw error;
  }
}`,
      errors: [{ messageId: "earlyExit", data: { pool: "pool", exit: "return", line: 4, scope: "the function" }, line: 2, column: 24, suggestions: withClientRewrite(`${IMPORT}async function load(pool, id) {
  return await withClient(pool, async (client) => {
    try {
      if (!id) return null;
    } catch (error) {
      throw error;
    }
  });
}`) }],
    },
    {
      name: "callback path returns without done",
      code: `function load(pool, callback) {
  pool.connect((err, client, done) => {
    if (err) return callback(err);
    client.query("SELECT 1", (err, result) => {
      if (err) return callback(err);
      done();
      callback(null, result);
    });
  });
}`,
      errors: [{ messageId: "callbackPathWithoutDone", data: { pool: "pool", where: "the `return` on line 5", done: "done" }, line: 2, column: 3, suggestions: [] }],
    },
    {
      name: "callback with an early return after the error check",
      code: `function load(pool, callback, skip) {
  pool.connect((err, client, release) => {
    if (err) return callback(err);
    if (skip) return callback(null);
    release();
  });
}`,
      errors: [{ messageId: "callbackPathWithoutDone", data: { pool: "pool", where: "the `return` on line 4", done: "release" }, line: 2, column: 3, suggestions: [] }],
    },
    {
      name: "callback that calls done on one branch only",
      code: `function load(pool, ok) {
  pool.connect((err, client, done) => {
    if (err) return;
    if (ok) {
      done();
    }
  });
}`,
      errors: [{ messageId: "callbackPathWithoutDone", data: { pool: "pool", where: "the end of the callback on line 7", done: "done" }, line: 2, column: 3, suggestions: [] }],
    },
    {
      name: "callback that never calls done",
      code: `function load(pool) {
  pool.connect((err, client, done) => {
    client.query("SELECT 1");
  });
}`,
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 2, column: 3, suggestions: [] }],
    },
    {
      name: "promise chain whose rejection skips the release",
      code: `function load(pool) {
  return pool.connect().then((client) => {
    return client.query("SELECT 1").then((result) => {
      client.release();
      return result;
    });
  });
}`,
      errors: [{ messageId: "rejectionSkipsRelease", data: { pool: "pool", line: 3 }, line: 2, column: 10, suggestions: [] }],
    },
    {
      // A call that throws at once is said to throw, not to reject: line 3 makes no promise.
      name: "promise chain: a throw in the handler skips the release",
      code: `function load(pool, input) {
  return pool.connect().then((client) => {
    validate(input);
    client.release();
  });
}`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 3 }, line: 2, column: 10, suggestions: [] }],
    },
    {
      name: "promise chain that never releases",
      code: `function load(pool) {
  return pool.connect().then((client) => client.query("SELECT 1"));
}`,
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 2, column: 10, suggestions: [] }],
    },
    {
      name: "top-level script without finally",
      code: `const client = await pool.connect();
await client.query("SELECT 1");
client.release();`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 2 }, line: 1, column: 22, suggestions: withClientRewrite(`${IMPORT}await withClient(pool, async (client) => {
  await client.query("SELECT 1");
});`) }],
    },
    {
      name: "arrow function owner with an early return",
      code: `const load = async (pool, id) => {
  const client = await pool.connect();
  if (!id) return;
  client.release();
};`,
      errors: [{ messageId: "earlyExit", data: { pool: "pool", exit: "return", line: 3, scope: "the function" }, line: 2, column: 24, suggestions: withClientRewrite(`${IMPORT}const load = async (pool, id) => {
  return await withClient(pool, async (client) => {
    if (!id) return;
  });
};`) }],
    },
    {
      name: "class method on this.pool without finally",
      code: `class Repo {
  async find(id) {
    const client = await this.pool.connect();
    const result = await client.query("SELECT 1", [id]);
    client.release();
    return result;
  }
}`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "this.pool", line: 4 }, line: 3, column: 26, suggestions: withClientRewrite(`${IMPORT}class Repo {
  async find(id) {
    const result = await withClient(this.pool, async (client) => {
      const result = await client.query("SELECT 1", [id]);
      return result;
    });
    return result;
  }
}`) }],
    },
    {
      name: "assignment to a let without finally",
      code: `async function load(pool) {
  let client;
  client = await pool.connect();
  await client.query("SELECT 1");
  client.release();
}`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 4 }, line: 3, column: 18, suggestions: withClientRewrite(`${IMPORT}async function load(pool) {
  await withClient(pool, async (client) => {
    await client.query("SELECT 1");
  });
}`) }],
    },
    {
      name: "a helper of this file that releases on one path only is not a hand-over",
      code: `async function finish(client, ok) {
  if (ok) client.release();
}
async function load(pool) {
  const client = await pool.connect();
  await finish(client, false);
}`,
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 5, column: 24, suggestions: [] }],
    },
    {
      name: "new between connect() and the try",
      code: `async function load(pool, Cursor) {
  const client = await pool.connect();
  const cursor = new Cursor("SELECT 1");
  try {
    await client.query(cursor);
  } finally {
    client.release();
  }
}`,
      errors: [{ messageId: "workBeforeTry", data: { pool: "pool", line: 3, tryLine: 4 }, line: 2, column: 24, suggestions: withClientRewrite(`${IMPORT}async function load(pool, Cursor) {
  await withClient(pool, async (client) => {
    const cursor = new Cursor("SELECT 1");
    await client.query(cursor);
  });
}`) }],
    },
    {
      name: "acquired in a loop, released after it",
      code: `async function run(pool, jobs) {
  let client;
  for (const job of jobs) {
    client = await pool.connect();
  }
  client?.release();
}`,
      errors: [{ messageId: "reacquiredWhileHeld", data: { pool: "pool", line: 4 }, line: 4, column: 20, suggestions: [] }],
    },
    {
      name: "a swallowing catch then a return without release",
      code: `async function load(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } catch {
    return null;
  }
  client.release();
}`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 4 }, line: 2, column: 24, suggestions: withClientRewrite(`${IMPORT}async function load(pool) {
  return await withClient(pool, async (client) => {
    try {
      await client.query("SELECT 1");
    } catch {
      return null;
    }
  });
}`) }],
    },
    {
      name: "callback error check that forgets the client test still needs done on the other path",
      code: `function load(pool, callback, ok) {
  pool.connect((err, client, done) => {
    if (err || !client) return callback(err);
    if (ok) done();
  });
}`,
      errors: [{ messageId: "callbackPathWithoutDone", data: { pool: "pool", where: "the end of the callback on line 5", done: "done" }, line: 2, column: 3, suggestions: [] }],
    },
    {
      name: "a guard on another variable does not excuse the missing release",
      code: `async function load(pool, other) {
  const client = await pool.connect();
  await client.query("SELECT 1");
  if (other) client.release();
}`,
      errors: [{ messageId: "notReleasedOnAllPaths", data: { pool: "pool", line: 5 }, line: 2, column: 24, suggestions: [] }],
    },
    {
      name: "an early return is named before an exception path",
      code: `async function summary(pool, id) {
  const client = await pool.connect();
  const { rows } = await client.query("SELECT 1", [id]);
  if (rows.length === 0) return undefined;
  client.release();
  return rows[0];
}`,
      // The callback would end at the release and hand \`rows\` out, but it also returns early: one result cannot say
      // both, and moving \`return rows[0]\` inside would hold the client past its release. No suggestion.
      errors: [{ messageId: "earlyExit", data: { pool: "pool", exit: "return", line: 4, scope: "the function" }, line: 2, column: 24, suggestions: [] }],
    },
    {
      name: "a .catch that handles the rejection does not cover the next await",
      code: `async function load(pool) {
  const client = await pool.connect();
  await client.query("SELECT 1").catch(() => null);
  await client.query("SELECT 2");
  client.release();
}`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 4 }, line: 2, column: 24, suggestions: withClientRewrite(`${IMPORT}async function load(pool) {
  await withClient(pool, async (client) => {
    await client.query("SELECT 1").catch(() => null);
    await client.query("SELECT 2");
  });
}`) }],
    },
    {
      name: "work in finally before the release",
      code: `async function load(pool) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } finally {
    await client.query("RESET ALL");
    client.release();
  }
}`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 6 }, line: 2, column: 24, suggestions: withClientRewrite(`${IMPORT}async function load(pool) {
  await withClient(pool, async (client) => {
    try {
      await client.query("SELECT 1");
    } finally {
      await client.query("RESET ALL");
    }
  });
}`) }],
    },
    {
      name: "callback that ignores the client it was given (a pg pool: pg hands it over all the same)",
      code: `const { Pool } = require("pg");
const pool = new Pool();
pool.connect(() => {
  console.log("connected");
});`,
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 3, column: 1, suggestions: [] }],
    },
    {
      name: "TS wrappers do not hide a missing finally",
      code: `async function load(pool: Pool) {
  const client = await (pool as Pool).connect();
  await client!.query("SELECT 1");
  (client as PoolClient).release();
}`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 3 }, line: 2, column: 24, suggestions: withClientRewrite(`${IMPORT}async function load(pool: Pool) {
  await withClient(pool as Pool, async (client) => {
    await client!.query("SELECT 1");
  });
}`) }],
    },
    {
      name: "release(err) on the error path: withClient cannot destroy the client, so no suggestion",
      code: `async function load(pool, skip) {
  const client = await pool.connect();
  try {
    await client.query("SELECT 1");
  } catch (error) {
    client.release(error);
    throw error;
  }
  if (skip) return;
  client.release();
}`,
      errors: [{ messageId: "earlyExit", data: { pool: "pool", exit: "return", line: 9, scope: "the function" }, line: 2, column: 24, suggestions: [] }],
    },
    {
      name: "a client returned on one path must outlive the block: no suggestion",
      code: `async function open(pool, listen) {
  const client = await pool.connect();
  if (!listen) {
    client.release();
    return null;
  }
  await client.query("LISTEN jobs");
  return client;
}`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 7 }, line: 2, column: 24, suggestions: [] }],
    },
    {
      name: "release handed on to an event: withClient would release twice, so no suggestion",
      code: `async function stream(pool, res, id) {
  const client = await pool.connect();
  if (!id) return;
  res.on("close", client.release.bind(client));
  await client.query("SELECT $1", [id]);
}`,
      errors: [{ messageId: "earlyExit", data: { pool: "pool", exit: "return", line: 3, scope: "the function" }, line: 2, column: 24, suggestions: [] }],
    },
    {
      name: "a client that LISTENs is meant to stay checked out: no suggestion",
      code: `async function listen(pool, onJob) {
  const client = await pool.connect();
  client.on("notification", onJob);
  await client.query("LISTEN jobs");
}`,
      errors: [{ messageId: "neverReleased", data: { pool: "pool" }, line: 2, column: 24, suggestions: [] }],
    },
    {
      name: "an error listener does not keep the client: the rewrite is offered",
      code: `async function load(pool, log) {
  const client = await pool.connect();
  client.on("error", log);
  await client.query("SELECT 1");
  client.release();
}`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 4 }, line: 2, column: 24, suggestions: withClientRewrite(`${IMPORT}async function load(pool, log) {
  await withClient(pool, async (client) => {
    client.on("error", log);
    await client.query("SELECT 1");
  });
}`) }],
    },
    {
      name: "an export after the release stays where it is, outside the callback",
      code: `import pg from "pg";
const pool = new pg.Pool();
const client = await pool.connect();
await client.query("SELECT 1");
client.release();
export const ready = true;`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 4 }, line: 3, column: 22, suggestions: withClientRewrite(`import pg from "pg";
import { withClient } from "poolguard/runtime";
const pool = new pg.Pool();
await withClient(pool, async (client) => {
  await client.query("SELECT 1");
});
export const ready = true;`) }],
    },
    {
      name: "an export before the release cannot move into a function: no suggestion",
      code: `import pg from "pg";
const pool = new pg.Pool();
const client = await pool.connect();
await client.query("SELECT 1");
export const ready = true;
client.release();`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 4 }, line: 3, column: 22, suggestions: [] }],
    },
    {
      name: "importSource: the added import comes from the configured module",
      options: [{ importSource: "#db/pool" }],
      code: `import { Pool } from "pg";

const pool = new Pool();

export async function count() {
  const client = await pool.connect();
  const result = await client.query("SELECT count(*) FROM orders");
  client.release();
  return result.rows[0];
}`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 7 }, line: 6, column: 24, suggestions: withClientRewrite(`import { Pool } from "pg";
import { withClient } from "#db/pool";

const pool = new Pool();

export async function count() {
  const result = await withClient(pool, async (client) => {
    const result = await client.query("SELECT count(*) FROM orders");
    return result;
  });
  return result.rows[0];
}`) }],
    },
    {
      name: "a file that already imports withClient gets no second import",
      code: `import { Pool } from "pg";
import { withClient } from "poolguard/runtime";

const pool = new Pool();

export async function count() {
  const client = await pool.connect();
  const result = await client.query("SELECT count(*) FROM orders");
  client.release();
  return result.rows[0];
}`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 8 }, line: 7, column: 24, suggestions: withClientRewrite(`import { Pool } from "pg";
import { withClient } from "poolguard/runtime";

const pool = new Pool();

export async function count() {
  const result = await withClient(pool, async (client) => {
    const result = await client.query("SELECT count(*) FROM orders");
    return result;
  });
  return result.rows[0];
}`) }],
    },
    {
      name: "an import from poolguard/runtime takes withClient into its braces, in its own quotes",
      code: `import { Pool } from "pg";
import { PoolMonitor } from 'poolguard/runtime';

const pool = new Pool();
new PoolMonitor(pool);

export async function count() {
  const client = await pool.connect();
  const result = await client.query("SELECT count(*) FROM orders");
  client.release();
  return result.rows[0];
}`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 9 }, line: 8, column: 24, suggestions: withClientRewrite(`import { Pool } from "pg";
import { PoolMonitor, withClient } from 'poolguard/runtime';

const pool = new Pool();
new PoolMonitor(pool);

export async function count() {
  const result = await withClient(pool, async (client) => {
    const result = await client.query("SELECT count(*) FROM orders");
    return result;
  });
  return result.rows[0];
}`) }],
    },
    {
      name: "CommonJS: the helper is required next to pg",
      code: `const { Pool } = require("pg");

const pool = new Pool();

async function count() {
  const client = await pool.connect();
  const result = await client.query("SELECT count(*) FROM orders");
  client.release();
  return result.rows[0];
}`,
      errors: [{ messageId: "notReleasedOnThrow", data: { pool: "pool", line: 7 }, line: 6, column: 24, suggestions: withClientRewrite(`const { Pool } = require("pg");
const { withClient } = require("poolguard/runtime");

const pool = new Pool();

async function count() {
  const result = await withClient(pool, async (client) => {
    const result = await client.query("SELECT count(*) FROM orders");
    return result;
  });
  return result.rows[0];
}`) }],
    },
  ],
});

describe("withClient suggestion outputs", () => {
  it("all parse as modules", () => {
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) expect(() => parse(output, { sourceType: "module" })).not.toThrow();
  });
});
