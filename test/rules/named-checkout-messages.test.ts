// What a user reads about a client checked out by a call that is not a `connect()` — `await db.getClient()` on a
// local module exporting `getClient: () => pool.connect()` (erc83/desafio-mi-bank's index.js) — in the messages that
// have no helper advice of their own: the call as written, never `db.getClient.connect()`. A `con.connect()` helper's
// checkout and a pool's keep the original wording. Each invalid case has its valid twin (the same code, released).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import rule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

const root = mkdtempSync(path.join(tmpdir(), "poolguard-named-checkouts-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(path.join(root, "app"), { recursive: true });
writeFileSync(
  path.join(root, "app", "db.js"),
  `const { Pool } = require("pg");\nconst pool = new Pool();\nmodule.exports = { getClient: () => pool.connect(), connect: () => pool.connect() };\n`,
);
const filename = path.join(root, "app", "entry.js");
const viaModule = (body: string) => `const db = require("./db");\n${body}`;

// The callback reads `res.rows` before it looks at `err`.
const READ_FIRST = `async function f(id) {\n  const client = await db.getClient();\n  client.query("SELECT $1", [id], (err, res) => {\n    console.log(res.rows);\n    client.release();\n  });\n}\n`;
const ERROR_FIRST = READ_FIRST.replace("console.log(res.rows);", "if (!err) console.log(res.rows);");
// The only release listens for 'end'.
const ON_END = `async function f(cursor) {\n  const client = await db.getClient();\n  const stream = client.query(cursor);\n  stream.on("end", () => client.release());\n}\n`;
const ON_CLOSE = ON_END.replace(`"end"`, `"close"`);
// Held across a `yield`, released outside a finally.
const AT_YIELD = `async function* f() {\n  const client = await db.getClient();\n  try {\n    yield 1;\n    client.release();\n  } catch (e) {\n    client.release();\n    throw e;\n  }\n}\n`;
const YIELD_FINALLY = `async function* f() {\n  const client = await db.getClient();\n  try {\n    yield 1;\n  } finally {\n    client.release();\n  }\n}\n`;
// An assertion in the query callback before the release.
const ASSERTS = `const assert = require("assert");\nasync function f() {\n  const client = await db.getClient();\n  client.query("SELECT 1", (err, r) => {\n    assert.ifError(err);\n    client.release();\n  });\n}\n`;
const RELEASE_THEN_ASSERT = ASSERTS.replace("    assert.ifError(err);\n    client.release();\n", "    client.release();\n    assert.ifError(err);\n");

ruleTester.run("no-leaked-client: a checkout that is not a connect() call, named as written", rule, {
  valid: [
    { name: "the error looked at before the result", code: viaModule(ERROR_FIRST), filename },
    { name: "released on 'close', which a failing stream emits too", code: viaModule(ON_CLOSE), filename },
    { name: "held across a yield, released in a finally", code: viaModule(YIELD_FINALLY), filename },
    { name: "released before the assertion", code: viaModule(RELEASE_THEN_ASSERT), filename },
  ],
  invalid: [
    {
      name: "the result read before the error, through `db.getClient()` (erc83/desafio-mi-bank)",
      code: viaModule(READ_FIRST),
      filename,
      errors: [
        {
          messageId: "helperResultReadBeforeErrorCheck",
          data: { checkout: "db.getClient()", result: "res", read: "res.rows", line: 5, done: "client.release", error: "err" },
          line: 3,
          column: 24,
          suggestions: [],
        },
      ],
    },
    {
      name: "the result read before the error, through the module's `connect()`: the original message",
      code: viaModule(READ_FIRST.replace("db.getClient()", "db.connect()")),
      filename,
      errors: [
        {
          messageId: "resultReadBeforeErrorCheck",
          data: { pool: "db", result: "res", read: "res.rows", line: 5, done: "client.release", error: "err" },
          line: 3,
          column: 24,
          suggestions: [],
        },
      ],
    },
    {
      name: "released on 'end' only, through `db.getClient()`",
      code: viaModule(ON_END),
      filename,
      errors: [
        {
          messageId: "helperReleasedOnlyOnSuccessEvent",
          data: { checkout: "db.getClient()", emitter: "stream", event: "end", line: 5 },
          line: 3,
          column: 24,
          suggestions: [],
        },
      ],
    },
    {
      name: "held across a yield, through `db.getClient()`",
      code: viaModule(AT_YIELD),
      filename,
      errors: [{ messageId: "helperStoppedAtYield", data: { checkout: "db.getClient()", line: 5 }, line: 3, column: 24, suggestions: [] }],
    },
    {
      name: "an assertion before the release, through `db.getClient()`",
      code: viaModule(ASSERTS),
      filename,
      errors: [
        { messageId: "helperAssertionSkipsRelease", data: { checkout: "db.getClient()", line: 6, done: "client.release" }, line: 4, column: 24, suggestions: [] },
      ],
    },
  ],
});

describe("no-leaked-client: every message naming `X.connect()` has a twin naming the call as written", () => {
  const messages: Record<string, string> = rule.meta.messages;
  const naming = Object.keys(messages).filter((id) => messages[id]?.includes("`{{pool}}.connect()`"));
  it.each(naming)("%s", (id) => {
    const twin = messages[`helper${id[0]?.toUpperCase()}${id.slice(1)}`];
    expect(twin).toContain("`{{checkout}}`");
    expect(twin).not.toContain("{{pool}}");
  });
});
