// A web Response built from literals alone is no throw point (literal-responses.ts): route handlers release and then
// `return new Response(JSON.stringify({ … }), { status: 404 })` inside a try whose catch releases too
// (spoonpaw/simple-message-board). Counting the Response made the catch's release look like a second one. Each valid
// case sits next to the invalid twin it differs from: a status the Fetch standard rejects, a body with a null-body
// status, a header name or value it refuses, values held in variables, a Response class of the file's own, a `json`
// not imported from SvelteKit.
import rule from "../../rules/no-use-after-release.js";
import leakRule from "../../rules/no-leaked-client.js";
import { ruleTester } from "../support/rule-tester.js";

/** Release, then `response` (line 6) returned inside the try whose catch releases (line 8). */
const releaseThenRespond = (response: string, preamble = "") => `${preamble}export async function GET({ params }) {
  const client = await pool.connect();
  try {
    const found = await client.query("SELECT 1 FROM users WHERE id = $1", [params.id]);
    client.release();
    return ${response};
  } catch (err) {
    client.release();
    return new Response(null, { status: 500 });
  }
}`;

/** The doubleRelease finding on releaseThenRespond: the catch's release (line 8, or 8 + the preamble's lines). */
const releasedAgain = (preambleLines = 0) => [
  { messageId: "doubleRelease" as const, data: { client: "client", line: 5 + preambleLines }, line: 8 + preambleLines, column: 5 },
];

const SVELTEKIT = 'import { json } from "@sveltejs/kit";\n';
const NEXT = 'import { NextResponse } from "next/server";\n';

ruleTester.run("no-use-after-release: a Response built from literals after the release", rule, {
  valid: [
    {
      name: "new Response of JSON.stringify of an object literal, with a literal status and headers",
      code: releaseThenRespond('new Response(JSON.stringify({ error: "Not found" }), { status: 404, headers: { "Content-Type": "application/json" } })'),
    },
    { name: "a string body and a status text", code: releaseThenRespond('new Response("gone", { status: 410, statusText: "Gone" })') },
    { name: "no body with a null-body status", code: releaseThenRespond("new Response(null, { status: 204 })") },
    { name: "nested arrays and literals of every JSON kind", code: releaseThenRespond("new Response(JSON.stringify({ ok: true, n: -1, list: [1, null, `a`] }))") },
    { name: "the global Response.json", code: releaseThenRespond('Response.json({ message: "ok" }, { status: 200 })') },
    { name: "SvelteKit's json imported from @sveltejs/kit", code: releaseThenRespond('json({ error: "Invalid token" }, { status: 400 })', SVELTEKIT) },
    { name: "Next.js's NextResponse.json", code: releaseThenRespond('NextResponse.json({ error: "Not found" }, { status: 404 })', NEXT) },
  ],
  invalid: [
    {
      name: "a status outside 200–599 throws a RangeError",
      code: releaseThenRespond('new Response(JSON.stringify({ error: "x" }), { status: 100 })'),
      errors: releasedAgain(),
    },
    {
      name: "a body with a null-body status throws a TypeError",
      code: releaseThenRespond('new Response("x", { status: 204 })'),
      errors: releasedAgain(),
    },
    {
      name: "a status text with a control character throws",
      code: releaseThenRespond('new Response("gone", { status: 410, statusText: "Gone\\u0001" })'),
      errors: releasedAgain(),
    },
    {
      name: "a header name that is no HTTP token throws",
      code: releaseThenRespond('new Response("x", { headers: { "Content Type": "text/plain" } })'),
      errors: releasedAgain(),
    },
    {
      name: "a header value held in a variable may carry characters Headers refuse",
      code: releaseThenRespond('new Response("x", { headers: { "Set-Cookie": cookie } })'),
      errors: releasedAgain(),
    },
    {
      name: "a status held in a variable may be out of range",
      code: releaseThenRespond("new Response(null, { status: code })"),
      errors: releasedAgain(),
    },
    {
      // A query's own rows are no throw point (query-rows-stringify.test.ts); rows mapped by the program's code are.
      name: "JSON.stringify of values the file cannot see may throw (a BigInt, a cycle)",
      code: releaseThenRespond("new Response(JSON.stringify(found.rows.map(toView)))"),
      errors: releasedAgain(),
    },
    {
      name: "JSON.stringify of a BigInt literal throws",
      code: releaseThenRespond("new Response(JSON.stringify({ n: 1n }))"),
      errors: releasedAgain(),
    },
    {
      name: "an object with a toJSON method runs it",
      code: releaseThenRespond("new Response(JSON.stringify({ toJSON() { return 1; } }))"),
      errors: releasedAgain(),
    },
    {
      name: "a Response class of the file's own may do anything",
      code: releaseThenRespond('new Response("x")', "class Response { constructor(body) { check(body); } }\n"),
      errors: releasedAgain(1),
    },
    {
      name: "a json function of the project's own is not SvelteKit's",
      code: releaseThenRespond('json({ error: "x" }, { status: 400 })', 'import { json } from "./respond";\n'),
      errors: releasedAgain(1),
    },
    {
      name: "Response.json of undefined throws a TypeError",
      code: releaseThenRespond("Response.json(undefined)"),
      errors: releasedAgain(),
    },
  ],
});

/** connect(), then `before` (line 3) between the acquisition and the try whose finally releases. */
const beforeTry = (before: string) => `async function load(pool, sql) {
  const client = await pool.connect();
  ${before}
  try {
    await client.query(sql, [body]);
  } finally {
    client.release();
  }
}`;

const rewritten = (before: string) => `import { withClient } from "poolguard/runtime";
async function load(pool, sql) {
  await withClient(pool, async (client) => {
    ${before}
    await client.query(sql, [body]);
  });
}`;

ruleTester.run("no-leaked-client: JSON.stringify of literals before the try", leakRule, {
  valid: [{ name: "JSON.stringify of an object literal with an indent", code: beforeTry('const body = JSON.stringify({ kind: "seed", at: null }, null, 2);') }],
  invalid: [
    {
      name: "JSON.stringify with a replacer function runs it",
      code: beforeTry('const body = JSON.stringify({ kind: "seed" }, (key, value) => value);'),
      errors: [
        {
          messageId: "workBeforeTry",
          data: { pool: "pool", line: 3, tryLine: 4 },
          line: 2,
          column: 24,
          suggestions: [
            {
              messageId: "rewriteWithClient",
              data: { helper: "withClient" },
              output: rewritten('const body = JSON.stringify({ kind: "seed" }, (key, value) => value);'),
            },
          ],
        },
      ],
    },
  ],
});
