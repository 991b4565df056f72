// no-unawaited-client-work: work on a held client that nobody waits for before the client goes back to the pool.
// Each invalid case sits next to the valid twin that differs by the one thing the rule looks at.
import { vi } from "vitest";
import rule from "../../rules/no-unawaited-client-work.js";
import { ruleTester, typedRuleTester } from "../support/rule-tester.js";

// The first type-aware case starts a TypeScript project service: seconds on a loaded machine.
vi.setConfig({ testTimeout: 120_000 });

/** A manual acquisition with the body (line 6 onwards, indented 4) inside try/finally release. */
const manual = (body: string, head = "") =>
  `${head}import { Pool } from "pg";
const pool = new Pool();
async function run(ids: number[]) {
  const client = await pool.connect();
  try {
${body.split("\n").map((line) => `    ${line}`).join("\n")}
  } finally {
    client.release();
  }
}`;

/** A withClient callback with the body from line 3 onwards, indented 4. */
const managed = (body: string, helper = "withClient") =>
  `import { ${helper} } from "poolguard/runtime";
await ${helper}(pool, async (client) => {
${body.split("\n").map((line) => `    ${line}`).join("\n")}
});`;

const JSX_PAGE = `import { Pool } from "pg";
const pool = new Pool();
export const Page = () => <List load={async () => {
  const client = await pool.connect();
  try {
    client.query("SELECT 1");
  } finally {
    client.release();
  }
}} />;`;

/**
 * A callback-style query or submittable on line 6 of manual(…): not un-awaited (it returns no promise), but the try
 * block's end runs the finally's release on `releaseLine` at once.
 */
const releasedByTheFinally = (releaseLine: number) => [
  { messageId: "releasedWhileRunning" as const, data: { work: "client.query(…)", client: "client", releaseLine: String(releaseLine) }, line: 6, column: 5, suggestions: [] },
];

ruleTester.run("no-unawaited-client-work", rule, {
  valid: [
    { name: "awaited query", code: manual('await client.query("SELECT 1");') },
    { name: "awaited query kept in a variable", code: manual('const { rows } = await client.query("SELECT 1");') },
    { name: "awaited Promise.all", code: manual('await Promise.all([client.query("SELECT 1"), client.query("SELECT 2")]);') },
    { name: "awaited then chain", code: manual('await client.query("SELECT 1").then((result) => result.rows);') },
    { name: "return await inside try", code: manual('return await client.query("SELECT 1");') },
    { name: "a promise kept and awaited later", code: manual('const pending = client.query("SELECT 1");\nawait pending;') },
    {
      name: "an awaited async helper given the client",
      code: manual("await save(client);", "async function save(c: any) { await c.query(\"SELECT 1\"); }\n"),
    },
    { name: "a synchronous helper given the client", code: manual("log(client);", "function log(c: unknown) { console.log(c); }\n") },
    { name: "an unknown helper given the client (no types)", code: manual("doWork(client);") },
    { name: "a non-async method of the class", code: 'import { Pool } from "pg";\nclass Repo {\n  pool = new Pool();\n  note(c: unknown) {}\n  async run() {\n    const client = await this.pool.connect();\n    try { this.note(client); } finally { client.release(); }\n  }\n}' },
    { name: "awaited inside a for…of loop", code: manual('for (const id of ids) {\n  await client.query("SELECT $1", [id]);\n}') },
    { name: "a map of queries kept in a variable", code: manual('const pending = ids.map((id) => client.query("SELECT $1", [id]));\nawait Promise.all(pending);') },
    { name: "awaited Promise.all over map", code: manual('await Promise.all(ids.map((id) => client.query("SELECT $1", [id])));') },
    { name: "forEach with a synchronous callback that starts no work", code: manual("ids.forEach((id) => console.log(id, client.processID));") },
    { name: "async forEach callback that does not use the client", code: manual("ids.forEach(async (id) => { await notify(id); });") },
    { name: "async map whose promises are awaited together", code: manual('await Promise.all(ids.map(async (id) => {\n  await client.query("DELETE FROM t WHERE id = $1", [id]);\n}));') },
    { name: "async map whose promises are kept and awaited later", code: manual('const pending = ids.map(async (id) => {\n  await client.query("DELETE FROM t WHERE id = $1", [id]);\n});\nawait Promise.all(pending);') },
    { name: "queries collected in an array that is awaited together", code: manual('const pending = [];\nfor (const id of ids) pending.push(client.query("DELETE FROM t WHERE id = $1", [id]));\nawait Promise.all(pending);') },
    { name: "queries collected in an array that is returned to the caller", code: manual('const pending = [];\npending.push(client.query("SELECT 1"));\nreturn pending;') },
    { name: "a cursor held in a variable is a submittable, not a promise", code: manual('const cursor = new Cursor("SELECT 1");\nclient.query(cursor);\nawait read(cursor);') },
    { name: "a query stream held in a variable through an alias", code: manual('const stream = new QueryStream("SELECT 1");\nconst submitted = stream;\nclient.query(submitted);\nawait finished(stream);') },
    {
      name: "a callback-style query given a named callback",
      code: 'import { Pool } from "pg";\nconst pool = new Pool();\nfunction run() {\n  pool.connect((err, client, done) => {\n    if (err) return;\n    client.query("BEGIN", (error) => {\n      if (error) {\n        client.query("ROLLBACK", done);\n        return;\n      }\n      client.query("COMMIT", done);\n    });\n  });\n}',
    },
    { name: "a timer that does not use the client", code: manual("await new Promise((resolve) => setTimeout(resolve, 10));") },
    { name: "an event listener is not work", code: manual('client.on("notice", (msg) => console.log(msg));') },
    { name: "escaping a literal is not work", code: manual('const quoted = client.escapeLiteral("x");') },
    { name: "pool.query is not client work", code: manual('pool.query("SELECT 1");') },
    { name: "work after the release belongs to no-use-after-release", code: 'import { Pool } from "pg";\nconst pool = new Pool();\nasync function run() {\n  const client = await pool.connect();\n  client.release();\n  client.query("SELECT 1");\n}' },
    {
      name: "a client kept for later (never released here)",
      code: 'import { Pool } from "pg";\nconst pool = new Pool();\nconst listeners: unknown[] = [];\nasync function listen() {\n  const client = await pool.connect();\n  client.query("LISTEN jobs");\n  listeners.push(client);\n}',
    },
    { name: "redis client", code: 'async function run(redis: any) {\n  const client = await redis.connect();\n  client.query("PING");\n  client.release();\n}' },
    { name: "MongoClient.connect()", code: 'async function run() {\n  const client = await MongoClient.connect(url);\n  client.query("x");\n  client.release();\n}' },
    { name: "amqp.connect()", code: 'async function run() {\n  const client = await amqp.connect(url);\n  client.query("x");\n  client.release();\n}' },
    { name: "a shadowing parameter named client", code: manual('ids.map((client) => { client.query("SELECT 1"); });') },
    { name: "a shadowing local in a nested block function", code: manual('function inner() {\n  const client = makeOther();\n  client.query("SELECT 1");\n}\nawait client.query("SELECT 2");') },
    { name: "withClient returns the query (awaited by withClient)", code: managed('return client.query("SELECT 1");') },
    { name: "withClient concise arrow body", code: 'import { withClient } from "poolguard/runtime";\nawait withClient(pool, async (client) => client.query("SELECT 1"));' },
    { name: "withClient with awaited work", code: managed('await client.query("SELECT 1");') },
    { name: "a withClient of another library, given no pool", code: 'import { withClient } from "redis-helpers";\nawait withClient(redis, async (client) => {\n  client.query("PING");\n});' },
    {
      // The runtime's withClient is imported, but this call names a parameter of the same name (another helper).
      name: "a parameter named withClient shadowing the runtime's import, given no pool",
      code: 'import { withClient } from "poolguard/runtime";\nexport async function run(withClient, redis) {\n  await withClient(redis, async (client) => {\n    client.query("PING");\n  });\n}',
    },
    { name: "return without try needs no return await", code: 'import { Pool } from "pg";\nconst pool = new Pool();\nasync function run() {\n  const client = await pool.connect();\n  return client.query("SELECT 1").finally(() => client.release());\n}' },
    {
      name: "return in a try whose finally does not release",
      code: 'import { Pool } from "pg";\nconst pool = new Pool();\nasync function run() {\n  const client = await pool.connect();\n  try {\n    return client.query("SELECT 1");\n  } finally {\n    console.log("done");\n  }\n  client.release();\n}',
    },
    { name: "a delayed release in a timer is not work", code: 'import { Pool } from "pg";\nconst pool = new Pool();\nasync function run() {\n  const client = await pool.connect();\n  await client.query("SELECT 1");\n  setTimeout(() => client.release(), 10);\n}' },
    { name: "void of something else", code: manual('void pool.end();\nawait client.query("SELECT 1");') },
    {
      name: "an imported helper given the client and an async callback, awaited before the finally releases",
      code: manual('return await inTransaction(client, async () => {\n  await client.query("SELECT 1");\n});', 'import { inTransaction } from "./pg.js";\n'),
    },
    {
      name: "an array literal holding the client, passed but not spread, is not the client passed (review-c's twin)",
      code: manual('inTransaction([client], async () => {\n  await client.query("SELECT 1");\n});', 'import { inTransaction } from "./pg.js";\n'),
    },
    {
      // The guard: the async callback must use the client itself, or nothing says the call starts work on it.
      name: "an imported helper given the client and an async callback that does not use the client",
      code: manual('return inTransaction(client, async () => {\n  await audit.log("run");\n});', 'import { inTransaction } from "./pg.js";\n'),
    },
    {
      // The guard (review-c): a property read (`client.processID`) is no work on the client, and it outlasts nothing.
      name: "an imported helper given the client and an async callback that only reads a property of it",
      code: manual('return inTransaction(client, async () => {\n  await audit.log(client.processID);\n});', 'import { inTransaction } from "./pg.js";\n'),
    },
    {
      // The guard (review-d): an async generator's body runs only when the callee iterates it, not when it is called.
      name: "an async generator given with the client, returned from the try, is not work started on the client",
      code: manual('return streamRows(client, async function* () {\n  yield await client.query("SELECT 1");\n});', 'import { streamRows } from "./pg.js";\n'),
    },
    {
      // The guard: only an async callback's work is known to outlast the call; a plain one may run inside it.
      name: "an imported helper given the client and a non-async callback using it",
      code: manual('return inTransaction(client, () => client.query("SELECT 1"));', 'import { inTransaction } from "./pg.js";\n'),
    },
    {
      // The guard: outside a `try` whose `finally` releases, the callee may register a handler whose work outlasts it
      // by design (a LISTEN helper), the client released later by a shutdown listener.
      name: "an imported helper given the client and an async callback using it, outside a try that releases",
      code: 'import { Pool } from "pg";\nimport { listen } from "./listen.js";\nconst pool = new Pool();\nexport async function follow(signal: AbortSignal) {\n  const client = await pool.connect();\n  listen(client, "jobs", async (id: string) => {\n    await client.query("UPDATE jobs SET seen = true WHERE id = $1", [id]);\n  });\n  signal.addEventListener("abort", () => client.release());\n}\n',
    },
  ],
  invalid: [
    {
      name: "a callback-style query given a function declared in the file: released by the finally while it runs",
      code: manual('client.query("SELECT 1", onRows);\nfunction onRows(error: Error | null) {\n  console.log(error);\n}'),
      errors: releasedByTheFinally(11),
    },
    {
      name: "a query with a callback (callback style): released by the finally while it runs",
      code: manual('client.query("SELECT 1", (err, result) => console.log(err, result));'),
      errors: releasedByTheFinally(8),
    },
    {
      name: "a query given a cursor returns the cursor: released by the finally while it runs",
      code: manual('client.query(new Cursor("SELECT 1"));'),
      errors: releasedByTheFinally(8),
    },
    {
      name: "a query given a copy stream returns the stream: released by the finally while it runs",
      code: manual('client.query(copyFrom("COPY t FROM STDIN"));'),
      errors: releasedByTheFinally(8),
    },
    {
      // typescript-estree types names inside JSX braces as JSXIdentifier tokens: the calls are still found.
      name: "a client acquired inside a JSX attribute of a .tsx file",
      filename: "page.tsx",
      code: JSX_PAGE,
      errors: [
        {
          messageId: "unawaited",
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 29,
          suggestions: [{ messageId: "addAwait", output: JSX_PAGE.replace('    client.query', '    await client.query') }],
        },
      ],
    },
    {
      name: "withClient called with a type argument in parentheses",
      code: `import { withClient } from "poolguard/runtime";
await (withClient<number>)(pool, async (client) => {
  client.query("SELECT 1");
  return 1;
});`,
      errors: [
        {
          messageId: "unawaited",
          line: 3,
          column: 3,
          suggestions: [
            {
              messageId: "addAwait",
              output: `import { withClient } from "poolguard/runtime";
await (withClient<number>)(pool, async (client) => {
  await client.query("SELECT 1");
  return 1;
});`,
            },
          ],
        },
      ],
    },
    {
      name: "bare query statement",
      code: manual('client.query("SELECT 1");'),
      errors: [
        {
          messageId: "unawaited",
          data: { work: "client.query(…)", client: "client" },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 29,
          suggestions: [{ messageId: "addAwait", output: manual('await client.query("SELECT 1");') }],
        },
      ],
    },
    {
      name: "void query",
      code: manual('void client.query("SELECT 1");'),
      errors: [
        {
          messageId: "voided",
          data: { work: "client.query(…)", client: "client" },
          line: 6,
          column: 10,
          suggestions: [{ messageId: "replaceVoid", output: manual('await client.query("SELECT 1");') }],
        },
      ],
    },
    {
      name: "void with parentheses",
      code: manual('void (client.query("SELECT 1"));'),
      errors: [
        {
          messageId: "voided",
          line: 6,
          column: 11,
          suggestions: [{ messageId: "replaceVoid", output: manual('await (client.query("SELECT 1"));') }],
        },
      ],
    },
    {
      name: "un-awaited then chain",
      code: manual('client.query("SELECT 1").then((result) => console.log(result.rows));'),
      errors: [
        {
          messageId: "unawaited",
          data: { work: "client.query(…).then(…)", client: "client" },
          line: 6,
          column: 5,
          suggestions: [{ messageId: "addAwait", output: manual('await client.query("SELECT 1").then((result) => console.log(result.rows));') }],
        },
      ],
    },
    {
      name: "un-awaited then/catch chain is one finding",
      code: manual('client.query("SELECT 1").then(use).catch(report);'),
      errors: [
        {
          messageId: "unawaited",
          data: { work: "client.query(…).then(…).catch(…)", client: "client" },
          line: 6,
          column: 5,
          suggestions: [{ messageId: "addAwait", output: manual('await client.query("SELECT 1").then(use).catch(report);') }],
        },
      ],
    },
    {
      name: "un-awaited Promise.all of two queries is one finding",
      code: manual('Promise.all([client.query("SELECT 1"), client.query("SELECT 2")]);'),
      errors: [
        {
          messageId: "unawaited",
          data: { work: "Promise.all(…)", client: "client" },
          line: 6,
          column: 5,
          suggestions: [{ messageId: "addAwait", output: manual('await Promise.all([client.query("SELECT 1"), client.query("SELECT 2")]);') }],
        },
      ],
    },
    {
      name: "un-awaited Promise.allSettled",
      code: manual('Promise.allSettled([client.query("SELECT 1")]);'),
      errors: [
        {
          messageId: "unawaited",
          data: { work: "Promise.allSettled(…)", client: "client" },
          line: 6,
          column: 5,
          suggestions: [{ messageId: "addAwait", output: manual('await Promise.allSettled([client.query("SELECT 1")]);') }],
        },
      ],
    },
    {
      name: "un-awaited Promise.all over map",
      code: manual('Promise.all(ids.map((id) => client.query("SELECT $1", [id])));'),
      errors: [
        {
          messageId: "unawaited",
          data: { work: "Promise.all(…)", client: "client" },
          line: 6,
          column: 5,
          suggestions: [{ messageId: "addAwait", output: manual('await Promise.all(ids.map((id) => client.query("SELECT $1", [id])));') }],
        },
      ],
    },
    {
      name: "un-awaited Promise.all over map with a block callback",
      code: manual('Promise.all(ids.map((id) => {\n  return client.query("SELECT $1", [id]);\n}));'),
      errors: [
        {
          messageId: "unawaited",
          line: 6,
          column: 5,
          suggestions: [{ messageId: "addAwait", output: manual('await Promise.all(ids.map((id) => {\n  return client.query("SELECT $1", [id]);\n}));') }],
        },
      ],
    },
    {
      name: "Promise.all followed by then",
      code: manual('Promise.all([client.query("SELECT 1")]).then(done);'),
      errors: [
        {
          messageId: "unawaited",
          data: { work: "Promise.all(…).then(…)", client: "client" },
          line: 6,
          column: 5,
          suggestions: [{ messageId: "addAwait", output: manual('await Promise.all([client.query("SELECT 1")]).then(done);') }],
        },
      ],
    },
    {
      name: "queries collected in an array that only an un-awaited Promise.all reads",
      code: manual('const pending = [];\nfor (const id of ids) pending.push(client.query("DELETE FROM t WHERE id = $1", [id]));\nconst all = Promise.all(pending).then((rows) => rows);'),
      errors: [{ messageId: "collected", data: { work: "client.query(…)", client: "client", collection: "pending" }, line: 7, column: 40, suggestions: [] }],
    },
    {
      name: "async map whose promises nobody awaits",
      code: manual('ids.map(async (id) => {\n  await client.query("DELETE FROM t WHERE id = $1", [id]);\n});'),
      errors: [{ messageId: "asyncCallback", data: { client: "client", method: "map" }, line: 6, column: 5, endLine: 8, endColumn: 7, suggestions: [] }],
    },
    {
      name: "a query given values held in a variable still returns a promise",
      code: manual('const values = [1];\nclient.query("DELETE FROM t WHERE id = $1", values);'),
      errors: [{ messageId: "unawaited", line: 7, column: 5, suggestions: [{ messageId: "addAwait", output: manual('const values = [1];\nawait client.query("DELETE FROM t WHERE id = $1", values);') }] }],
    },
    {
      name: "forEach with an async callback",
      code: manual('ids.forEach(async (id) => {\n  await client.query("DELETE FROM t WHERE id = $1", [id]);\n});'),
      errors: [{ messageId: "asyncCallback", data: { client: "client", method: "forEach" }, line: 6, column: 5, endLine: 8, endColumn: 7, suggestions: [] }],
    },
    {
      name: "forEach whose arrow returns the query",
      code: manual('ids.forEach((id) => client.query("DELETE FROM t WHERE id = $1", [id]));'),
      errors: [{ messageId: "asyncCallback", data: { client: "client", method: "forEach" }, line: 6, column: 5, suggestions: [] }],
    },
    {
      name: "forEach with an async function expression",
      code: manual('ids.forEach(async function (id) {\n  await client.query("SELECT $1", [id]);\n});'),
      errors: [{ messageId: "asyncCallback", line: 6, column: 5, suggestions: [] }],
    },
    {
      name: "setTimeout using the client",
      code: manual('setTimeout(() => client.query("SELECT 1"), 100);'),
      errors: [{ messageId: "timer", data: { timer: "setTimeout", client: "client" }, line: 6, column: 5, suggestions: [] }],
    },
    {
      name: "setImmediate using the client",
      code: manual('setImmediate(async () => {\n  await client.query("SELECT 1");\n});'),
      errors: [{ messageId: "timer", data: { timer: "setImmediate", client: "client" }, line: 6, column: 5, suggestions: [] }],
    },
    {
      name: "process.nextTick using the client",
      code: manual('process.nextTick(() => { client.query("SELECT 1"); });'),
      errors: [{ messageId: "timer", data: { timer: "process.nextTick", client: "client" }, line: 6, column: 5, suggestions: [] }],
    },
    {
      name: "globalThis.setTimeout using the client",
      code: manual('globalThis.setTimeout(() => client.query("SELECT 1"));'),
      errors: [{ messageId: "timer", data: { timer: "globalThis.setTimeout", client: "client" }, line: 6, column: 5, suggestions: [] }],
    },
    {
      name: "return inside try whose finally releases",
      code: manual('return client.query("SELECT 1");'),
      errors: [
        {
          messageId: "returnWithoutAwait",
          data: { work: "client.query(…)", client: "client" },
          line: 6,
          column: 12,
          suggestions: [{ messageId: "addReturnAwait", output: manual('return await client.query("SELECT 1");') }],
        },
      ],
    },
    {
      name: "return of a then chain inside try",
      code: manual('return client.query("SELECT 1").then((r) => r.rows);'),
      errors: [
        {
          messageId: "returnWithoutAwait",
          data: { work: "client.query(…).then(…)", client: "client" },
          line: 6,
          column: 12,
          suggestions: [{ messageId: "addReturnAwait", output: manual('return await client.query("SELECT 1").then((r) => r.rows);') }],
        },
      ],
    },
    {
      name: "return inside a nested block of the try",
      code: manual('if (ids.length > 0) {\n  return client.query("SELECT 1");\n}'),
      errors: [
        {
          messageId: "returnWithoutAwait",
          line: 7,
          column: 14,
          suggestions: [{ messageId: "addReturnAwait", output: manual('if (ids.length > 0) {\n  return await client.query("SELECT 1");\n}') }],
        },
      ],
    },
    {
      name: "return inside the catch of a try whose finally releases",
      code: 'import { Pool } from "pg";\nconst pool = new Pool();\nasync function run() {\n  const client = await pool.connect();\n  try {\n    await client.query("SELECT 1");\n  } catch {\n    return client.query("SELECT 2");\n  } finally {\n    client.release();\n  }\n}',
      errors: [
        {
          messageId: "returnWithoutAwait",
          line: 8,
          column: 12,
          suggestions: [
            {
              messageId: "addReturnAwait",
              output: 'import { Pool } from "pg";\nconst pool = new Pool();\nasync function run() {\n  const client = await pool.connect();\n  try {\n    await client.query("SELECT 1");\n  } catch {\n    return await client.query("SELECT 2");\n  } finally {\n    client.release();\n  }\n}',
            },
          ],
        },
      ],
    },
    {
      name: "seed pattern 3: async helper not awaited",
      code: manual("doAsyncWork(client);", 'async function doAsyncWork(c: any) { await c.query("SELECT 1"); }\n'),
      errors: [
        {
          messageId: "unawaited",
          data: { work: "doAsyncWork(…)", client: "client" },
          line: 7,
          column: 5,
          suggestions: [{ messageId: "addAwait", output: manual("await doAsyncWork(client);", 'async function doAsyncWork(c: any) { await c.query("SELECT 1"); }\n') }],
        },
      ],
    },
    {
      name: "async arrow helper not awaited",
      code: manual("save(client, 1);", "const save = async (c: any, id: number) => c.query(\"SELECT $1\", [id]);\n"),
      errors: [
        {
          messageId: "unawaited",
          data: { work: "save(…)", client: "client" },
          line: 7,
          column: 5,
          suggestions: [{ messageId: "addAwait", output: manual("await save(client, 1);", "const save = async (c: any, id: number) => c.query(\"SELECT $1\", [id]);\n") }],
        },
      ],
    },
    {
      name: "async method of the class not awaited",
      code: 'import { Pool } from "pg";\nclass Repo {\n  pool = new Pool();\n  async save(c: any) { await c.query("SELECT 1"); }\n  async run() {\n    const client = await this.pool.connect();\n    try { this.save(client); } finally { client.release(); }\n  }\n}',
      errors: [
        {
          messageId: "unawaited",
          data: { work: "this.save(…)", client: "client" },
          line: 7,
          column: 11,
          suggestions: [
            {
              messageId: "addAwait",
              output: 'import { Pool } from "pg";\nclass Repo {\n  pool = new Pool();\n  async save(c: any) { await c.query("SELECT 1"); }\n  async run() {\n    const client = await this.pool.connect();\n    try { await this.save(client); } finally { client.release(); }\n  }\n}',
            },
          ],
        },
      ],
    },
    {
      name: "released later without try",
      code: 'import { Pool } from "pg";\nconst pool = new Pool();\nasync function run() {\n  const client = await pool.connect();\n  client.query("SELECT 1");\n  client.release();\n}',
      errors: [
        {
          messageId: "unawaited",
          line: 5,
          column: 3,
          suggestions: [{ messageId: "addAwait", output: 'import { Pool } from "pg";\nconst pool = new Pool();\nasync function run() {\n  const client = await pool.connect();\n  await client.query("SELECT 1");\n  client.release();\n}' }],
        },
      ],
    },
    {
      name: "inside a loop",
      code: manual('for (const id of ids) {\n  client.query("SELECT $1", [id]);\n}'),
      errors: [{ messageId: "unawaited", line: 7, column: 7, suggestions: [{ messageId: "addAwait", output: manual('for (const id of ids) {\n  await client.query("SELECT $1", [id]);\n}') }] }],
    },
    {
      name: "inside an if",
      code: manual('if (ids.length) {\n  client.query("SELECT 1");\n}'),
      errors: [{ messageId: "unawaited", line: 7, column: 7, suggestions: [{ messageId: "addAwait", output: manual('if (ids.length) {\n  await client.query("SELECT 1");\n}') }] }],
    },
    {
      name: "two bare queries are two findings",
      code: manual('client.query("SELECT 1");\nclient.query("SELECT 2");'),
      errors: [
        { messageId: "unawaited", line: 6, column: 5, suggestions: [{ messageId: "addAwait", output: manual('await client.query("SELECT 1");\nclient.query("SELECT 2");') }] },
        { messageId: "unawaited", line: 7, column: 5, suggestions: [{ messageId: "addAwait", output: manual('client.query("SELECT 1");\nawait client.query("SELECT 2");') }] },
      ],
    },
    {
      name: "optional call on the client",
      code: manual('client?.query("SELECT 1");'),
      errors: [{ messageId: "unawaited", line: 6, column: 5, suggestions: [{ messageId: "addAwait", output: manual('await client?.query("SELECT 1");') }] }],
    },
    {
      name: "through a type assertion",
      code: manual('(client as any).query("SELECT 1");'),
      errors: [{ messageId: "unawaited", line: 6, column: 5, suggestions: [{ messageId: "addAwait", output: manual('await (client as any).query("SELECT 1");') }] }],
    },
    {
      name: "a query config object",
      code: manual('client.query({ text: "SELECT $1", values: [1] });'),
      errors: [{ messageId: "unawaited", line: 6, column: 5, suggestions: [{ messageId: "addAwait", output: manual('await client.query({ text: "SELECT $1", values: [1] });') }] }],
    },
    {
      name: "a bare query in a synchronous callback gets no suggestion",
      code: manual('ids.map((id) => {\n  client.query("SELECT $1", [id]);\n});'),
      errors: [{ messageId: "unawaited", line: 7, column: 7, suggestions: [] }],
    },
    {
      name: "callback-style acquisition: a bare query before done()",
      code: 'import { Pool } from "pg";\nconst pool = new Pool();\npool.connect((err, client, done) => {\n  client.query("SELECT 1");\n  done();\n});',
      errors: [{ messageId: "unawaited", data: { work: "client.query(…)", client: "client" }, line: 4, column: 3, suggestions: [] }],
    },
    {
      name: "then-style acquisition: a bare query before release",
      code: 'import { Pool } from "pg";\nconst pool = new Pool();\npool.connect().then((conn) => {\n  conn.query("SELECT 1");\n  conn.release();\n});',
      errors: [{ messageId: "unawaited", data: { work: "conn.query(…)", client: "conn" }, line: 4, column: 3, suggestions: [] }],
    },
    {
      name: "withClient callback: bare query",
      code: managed('client.query("SELECT 1");'),
      errors: [{ messageId: "unawaited", line: 3, column: 5, suggestions: [{ messageId: "addAwait", output: managed('await client.query("SELECT 1");') }] }],
    },
    {
      name: "withClient callback: void query",
      code: managed('void client.query("SELECT 1");'),
      errors: [{ messageId: "voided", line: 3, column: 10, suggestions: [{ messageId: "replaceVoid", output: managed('await client.query("SELECT 1");') }] }],
    },
    {
      name: "withTransaction callback: bare query",
      code: managed('client.query("INSERT INTO t VALUES (1)");', "withTransaction"),
      errors: [{ messageId: "unawaited", line: 3, column: 5, suggestions: [{ messageId: "addAwait", output: managed('await client.query("INSERT INTO t VALUES (1)");', "withTransaction") }] }],
    },
    {
      name: "withClient callback: un-awaited Promise.all",
      code: managed('Promise.all([client.query("SELECT 1")]);'),
      errors: [{ messageId: "unawaited", data: { work: "Promise.all(…)", client: "client" }, line: 3, column: 5, suggestions: [{ messageId: "addAwait", output: managed('await Promise.all([client.query("SELECT 1")]);') }] }],
    },
    {
      name: "withClient callback: forEach(async …)",
      code: managed('ids.forEach(async (id) => { await client.query("SELECT $1", [id]); });'),
      errors: [{ messageId: "asyncCallback", line: 3, column: 5, suggestions: [] }],
    },
    {
      name: "withClient callback: a return inside a nested arrow in forEach",
      code: managed('ids.forEach((id) => { client.query("SELECT $1", [id]); });'),
      errors: [{ messageId: "unawaited", line: 3, column: 27, suggestions: [] }],
    },
    {
      name: "withClient with a pool of a neutral name, imported from poolguard/runtime",
      code: 'import { withClient } from "poolguard/runtime";\nawait withClient(db, async (c) => {\n  c.query("SELECT 1");\n});',
      errors: [{ messageId: "unawaited", data: { work: "c.query(…)", client: "c" }, line: 3, column: 3, suggestions: [{ messageId: "addAwait", output: 'import { withClient } from "poolguard/runtime";\nawait withClient(db, async (c) => {\n  await c.query("SELECT 1");\n});' }] }],
    },
    {
      name: "a project's own withClient given a pool",
      code: 'import { withClient } from "../db";\nawait withClient(pool, async (client) => {\n  client.query("SELECT 1");\n});',
      errors: [{ messageId: "unawaited", line: 3, column: 3, suggestions: [{ messageId: "addAwait", output: 'import { withClient } from "../db";\nawait withClient(pool, async (client) => {\n  await client.query("SELECT 1");\n});' }] }],
    },
    {
      // ezzatron/recluse's applyEvent at 1ca4624: the helper comes from another module, but its async callback's
      // queries on the client run after the call returns, and the finally has released the client by then.
      name: "an imported helper given the client and an async callback using it, returned un-awaited before the finally releases",
      code: manual('return inTransaction(client, async () => {\n  await client.query("SELECT 1");\n});', 'import { inTransaction } from "./pg.js";\n'),
      errors: [
        {
          messageId: "returnWithoutAwait",
          line: 7,
          column: 12,
          suggestions: [
            {
              messageId: "addReturnAwait",
              output: manual('return await inTransaction(client, async () => {\n  await client.query("SELECT 1");\n});', 'import { inTransaction } from "./pg.js";\n'),
            },
          ],
        },
      ],
    },
    {
      name: "an imported helper given the client and an async callback using it, dropped before the finally releases",
      code: manual('inTransaction(client, async () => {\n  await client.query("SELECT 1");\n});', 'import { inTransaction } from "./pg.js";\n'),
      errors: [
        {
          messageId: "unawaited",
          line: 7,
          column: 5,
          suggestions: [
            {
              messageId: "addAwait",
              output: manual('await inTransaction(client, async () => {\n  await client.query("SELECT 1");\n});', 'import { inTransaction } from "./pg.js";\n'),
            },
          ],
        },
      ],
    },
    {
      name: "the client spread into the call from an array literal, dropped before the finally releases (review-c)",
      code: manual('inTransaction(...[client], async () => {\n  await client.query("SELECT 1");\n});', 'import { inTransaction } from "./pg.js";\n'),
      errors: [
        {
          messageId: "unawaited",
          line: 7,
          column: 5,
          suggestions: [
            {
              messageId: "addAwait",
              output: manual('await inTransaction(...[client], async () => {\n  await client.query("SELECT 1");\n});', 'import { inTransaction } from "./pg.js";\n'),
            },
          ],
        },
      ],
    },
    {
      name: "withClient with a non-async callback gets no suggestion",
      code: 'import { withClient } from "poolguard/runtime";\nawait withClient(pool, (client) => {\n  void client.query("SELECT 1");\n});',
      errors: [{ messageId: "voided", line: 3, column: 8, suggestions: [] }],
    },
  ],
});

typedRuleTester.run("no-unawaited-client-work (type-aware)", rule, {
  valid: [
    {
      name: "a helper typed as returning nothing",
      code: 'import { Pool } from "pg";\ndeclare function note(c: unknown): void;\nexport async function run(pool: Pool) {\n  const client = await pool.connect();\n  try {\n    note(client);\n  } finally {\n    client.release();\n  }\n}',
      settings: { poolguard: { typeAware: true } },
    },
    {
      name: "without typeAware a declared-only helper says nothing",
      code: 'import { Pool } from "pg";\ndeclare function save(c: unknown): Promise<void>;\nexport async function run(pool: Pool) {\n  const client = await pool.connect();\n  try {\n    save(client);\n  } finally {\n    client.release();\n  }\n}',
    },
  ],
  invalid: [
    {
      name: "a helper typed as returning a promise",
      code: 'import { Pool } from "pg";\ndeclare function save(c: unknown): Promise<void>;\nexport async function run(pool: Pool) {\n  const client = await pool.connect();\n  try {\n    save(client);\n  } finally {\n    client.release();\n  }\n}',
      settings: { poolguard: { typeAware: true } },
      errors: [
        {
          messageId: "unawaited",
          data: { work: "save(…)", client: "client" },
          line: 6,
          column: 5,
          suggestions: [
            {
              messageId: "addAwait",
              output: 'import { Pool } from "pg";\ndeclare function save(c: unknown): Promise<void>;\nexport async function run(pool: Pool) {\n  const client = await pool.connect();\n  try {\n    await save(client);\n  } finally {\n    client.release();\n  }\n}',
            },
          ],
        },
      ],
    },
    {
      name: "a method of another object typed as returning a promise",
      code: 'import type { Pool, PoolClient } from "pg";\ndeclare const repo: { save(c: PoolClient): Promise<number> };\nexport async function run(db: Pool) {\n  const client = await db.connect();\n  try {\n    repo.save(client);\n  } finally {\n    client.release();\n  }\n}',
      settings: { poolguard: { typeAware: true } },
      errors: [
        {
          messageId: "unawaited",
          data: { work: "repo.save(…)", client: "client" },
          line: 6,
          column: 5,
          suggestions: [
            {
              messageId: "addAwait",
              output: 'import type { Pool, PoolClient } from "pg";\ndeclare const repo: { save(c: PoolClient): Promise<number> };\nexport async function run(db: Pool) {\n  const client = await db.connect();\n  try {\n    await repo.save(client);\n  } finally {\n    client.release();\n  }\n}',
            },
          ],
        },
      ],
    },
  ],
});
